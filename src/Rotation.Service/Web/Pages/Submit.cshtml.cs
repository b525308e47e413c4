using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Service.Api;
using Rotation.Service.Options;
using Rotation.Service.Queue;

namespace Rotation.Service.Web.Pages;

/// <summary>A planner uploads a scenario file; it is queued as the API queues one, or its problems are listed.</summary>
public sealed class SubmitModel(RunSubmitter submitter, ServiceOptions options) : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public double? TimeLimit { get; set; }

    [BindProperty]
    public int? Candidates { get; set; }

    [BindProperty]
    public int? Diversity { get; set; }

    public double DefaultTimeLimit => options.DefaultTimeLimitSeconds;

    public double MaxTimeLimit => options.MaxTimeLimitSeconds;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? scenario, CancellationToken cancel)
    {
        if (!ModelState.IsValid)
            return Refuse([.. ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => $"{e.Key}: not a number")]);
        if (scenario is null || scenario.Length == 0) return Refuse(["choose a scenario file to upload"]);
        if (scenario.Length > options.MaxRequestBytes)
            return Refuse([$"{scenario.FileName} is {scenario.Length} bytes; this service accepts at most {options.MaxRequestBytes}"]);
        using var content = new MemoryStream();
        await scenario.CopyToAsync(content, cancel);
        var queued = RunEndpoints.Queue(content.ToArray(), RunSource.Upload(scenario.FileName), TimeLimit, Candidates, Diversity, submitter, options);
        return queued.Run is { } run ? Redirect($"/runs/{run.Id}") : Refuse(queued.Problems);
    }

    private PageResult Refuse(IReadOnlyList<string> problems)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
