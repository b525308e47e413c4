using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rotation.Service.Options;

namespace Rotation.Service.Auth;

/// <summary>
/// Lets in a request whose <c>Authorization: Bearer</c> token is one of the configured tokens, with that token's role
/// (<see cref="TokenRoles"/>).
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
        var role = TokenRoles.RoleOf(header[(SchemeName.Length + 1)..].Trim(), options);
        if (role is null) return Task.FromResult(AuthenticateResult.Fail("unknown token"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(TokenRoles.Principal(role, SchemeName), SchemeName)));
    }

    /// <summary>A 401 with a bearer challenge and a problem body that says what to send.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = SchemeName;
        var detail = string.IsNullOrEmpty(Request.Headers.Authorization.ToString())
            ? "send Authorization: Bearer TOKEN, with the planner's token to submit, re-plan and cancel runs or the viewer's to read and compare them"
            : "the token sent is neither the planner's nor the viewer's; send Authorization: Bearer with one of them";
        return Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    /// <summary>A 403 (a viewer's token on a planner's call) with a problem body that says which token the call needs.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem("submitting, re-planning and cancelling runs needs the planner's token; the token sent is the viewer's",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
}
