using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rotation.Service.Auth;

namespace Rotation.Service.Web;

/// <summary>
/// The web app at <c>/</c>: Razor Pages under Web/Pages, signed in with a token that becomes a session cookie. The
/// API keeps its bearer tokens; a session may also read the API (downloads, report pages), but never write to it, so a
/// forged cross-site request can change nothing there, and the pages' own forms carry anti-forgery tokens.
/// </summary>
public static class WebApp
{
    /// <summary>The scheme every endpoint authenticates with: it picks the bearer token or the session per request.</summary>
    public const string Scheme = "TokenOrSession";

    public const string SessionScheme = "Session";

    public const string SessionCookie = "rotation.session";

    public const string AntiforgeryCookie = "rotation.csrf";

    /// <summary>How long a session lasts without a request; each request renews it.</summary>
    public static readonly TimeSpan SessionIdle = TimeSpan.FromHours(8);

    // No script at all, styles only from the app's stylesheet, forms posting only to the app, and no framing by others.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

    public static void AddSchemes(AuthenticationBuilder authentication) => authentication
        .AddCookie(SessionScheme, cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = SessionIdle;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/denied";
            // The API answers with status codes, never with a page to sign in on.
            cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        })
        .AddPolicyScheme(Scheme, "bearer token or session cookie", policy => policy.ForwardDefaultSelector = context =>
            UsesToken(context.Request) ? BearerTokenHandler.SchemeName : SessionScheme);

    public static void AddServices(IServiceCollection services)
    {
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Web/Pages";
            pages.Conventions.AuthorizeFolder("/", Roles.ReadPolicy);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AuthorizePage("/Submit", Roles.PlanPolicy);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookie;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    public static void Map(WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (!IsApi(context.Request))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
            }
            return next(context);
        });
        app.MapGet(Stylesheet.Path, Stylesheet.Serve).AllowAnonymous();
        app.MapRazorPages();
    }

    /// <summary>
    /// The bearer scheme for any request with an Authorization header, and for the API without a session or when it is
    /// asked to change something: only reads of the API accept the session cookie.
    /// </summary>
    private static bool UsesToken(HttpRequest request) =>
        request.Headers.Authorization.Count > 0
        || IsApi(request) && (!request.Cookies.ContainsKey(SessionCookie) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)));

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
