using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rotation.Service.Web.Pages;

/// <summary>Where a viewer lands on asking for a planner's page or action: a 403 that says what the planner's token allows.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
