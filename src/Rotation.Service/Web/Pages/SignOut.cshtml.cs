using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rotation.Service.Web.Pages;

/// <summary>Ends the session: the cookie is removed and the next page asks for a token again.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebApp.SessionScheme);
        return RedirectToPage("/SignIn");
    }
}
