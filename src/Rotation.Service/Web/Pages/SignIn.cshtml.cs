using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Service.Auth;
using Rotation.Service.Options;

namespace Rotation.Service.Web.Pages;

/// <summary>Sign in with the planner's or the viewer's token; the session cookie it gives lasts until the browser closes.</summary>
public sealed class SignInModel(ServiceOptions options) : PageModel
{
    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        if (TokenRoles.RoleOf(token?.Trim() ?? "", options) is not { } role)
        {
            Problem = "That token is neither the planner's nor the viewer's. Check it with whoever runs the service.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(WebApp.SessionScheme, TokenRoles.Principal(role, WebApp.SessionScheme),
            new AuthenticationProperties { IsPersistent = false });
        // Only a path of this site: a link that signs people in and sends them elsewhere is a phishing aid.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
