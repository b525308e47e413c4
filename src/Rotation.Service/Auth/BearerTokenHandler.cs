using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rotation.Service.Options;

namespace Rotation.Service.Auth;

/// <summary>
/// Lets in a request whose <c>Authorization: Bearer</c> token is one of the configured tokens, with that token's role.
/// Tokens are compared as SHA-256 digests in fixed time, so the comparison leaks neither length nor matching prefix.
/// </summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger,
    UrlEncoder encoder, ServiceOptions options) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not a bearer token"));
        var role = RoleOf(header[(SchemeName.Length + 1)..].Trim());
        if (role is null) return Task.FromResult(AuthenticateResult.Fail("unknown token"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }

    private string? RoleOf(string token)
    {
        var given = Digest(token);
        // Both are checked every time, so the time taken does not tell which role a token is close to.
        var planner = Matches(given, options.PlannerToken);
        var viewer = Matches(given, options.ViewerToken);
        return planner ? Roles.Planner : viewer ? Roles.Viewer : null;
    }

    private static bool Matches(byte[] given, string? configured) =>
        configured is not null & CryptographicOperations.FixedTimeEquals(given, Digest(configured ?? ""));

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
