using System.Text.RegularExpressions;

namespace Rotation.Outputs.Handovers;

/// <summary>
/// Handover items that grant access or authority (credentials, keys, accounts, seals, signing powers). The outgoing
/// holder must lose these, not merely pass them on, so the handover plan gives each an explicit revoke-and-transfer line.
/// </summary>
public static partial class AccessItems
{
    // English words on word boundaries ("keys" but not "keynote"); Chinese terms anywhere, as Chinese has no spaces.
    [GeneratedRegex(@"\b(credentials?|passwords?|passphrases?|keys?|accounts?|logins?|tokens?|certificates?|seals?|stamps?|signing|signatures?|authority|admin|root)\b|密码|口令|密钥|钥匙|账号|帐号|账户|帐户|签章|印章|公章|签字|签名|权限|证书|授权",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();

    public static bool IsSensitive(string item) => Keywords().IsMatch(item);
}
