using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Rotation.Service.Queue;

/// <summary>Run ids: 128 random bits, base64url (22 characters), so one run's id tells nothing about another's.</summary>
public static partial class RunId
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True for a string that could be an id; anything else is turned away before it reaches the store or a path.</summary>
    public static bool IsWellFormed(string? text) => text is not null && Shape().IsMatch(text);

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex Shape();
}
