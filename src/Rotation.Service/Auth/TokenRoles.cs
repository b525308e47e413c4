using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Rotation.Service.Options;

namespace Rotation.Service.Auth;

/// <summary>
/// Which role a token grants, for a bearer header and a sign-in form alike. Tokens are compared as SHA-256 digests in
/// fixed time, so the comparison leaks neither length nor matching prefix.
/// </summary>
public static class TokenRoles
{
    /// <summary>The role of <paramref name="token"/>: the planner's, the viewer's, or null for neither.</summary>
    public static string? RoleOf(string token, ServiceOptions options)
    {
        var given = Digest(token);
        // Both are checked every time, so the time taken does not tell which role a token is close to.
        var planner = Matches(given, options.PlannerToken);
        var viewer = Matches(given, options.ViewerToken);
        return planner ? Roles.Planner : viewer ? Roles.Viewer : null;
    }

    /// <summary>Who a request is once its token is known: named after its role, and in it.</summary>
    public static ClaimsPrincipal Principal(string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], scheme));

    private static bool Matches(byte[] given, string? configured) =>
        configured is not null & CryptographicOperations.FixedTimeEquals(given, Digest(configured ?? ""));

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
