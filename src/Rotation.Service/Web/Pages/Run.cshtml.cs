using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Report;
using Rotation.Outputs.Views;
using Rotation.Service.Api;
using Rotation.Service.Auth;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Web.Pages;

/// <summary>
/// One run: its state and progress (reloading while it is in flight), its files and report, its candidates or suggestions;
/// and, once it has a plan, a planner's what-if (pin someone and re-plan) and "who could fill this?" questions.
/// </summary>
public sealed class RunModel(IRunStore store, IRunFolders folders, ServiceOptions options, RunSubmitter submitter, RunCancellations cancellations, TimeProvider clock)
    : PageModel
{
    /// <summary>The forms whose problems the page shows beside them.</summary>
    public const string ReplanForm = "replan";
    public const string SuggestForm = "suggest";

    public RunRecord? Run { get; private set; }

    public RunView? View { get; private set; }

    /// <summary>The run's own plan (candidate-1's for a candidates run), once finished with one.</summary>
    public FoundPlan? Plan { get; private set; }

    /// <summary>The run's scenario with the plan's names, when the run has a plan.</summary>
    public PlanView? Names { get; private set; }

    public IReadOnlyList<VacancySpan> Vacancies { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Which form <see cref="Problems"/> belong to.</summary>
    public string? ProblemsOf { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public bool IsPlanner => User.IsInRole(Roles.Planner);

    public double MaxTimeLimit => options.MaxTimeLimitSeconds;

    public Scenario? Scenario => Names?.Scenario;

    /// <summary>The candidates found, for the forms to say which plan they ask about; empty for a run of one plan.</summary>
    public IReadOnlyList<string> CandidatesFound => [.. View?.Candidates?.Where(c => c.Objective is not null).Select(c => c.Name) ?? []];

    /// <summary>The report to show in the page: the run's, or its first candidate's.</summary>
    public string? ReportHref => View?.Files.Concat(View.Candidates?.FirstOrDefault()?.Files ?? []).FirstOrDefault(f => f.Name == HtmlReport.File)?.Href;

    public IActionResult OnGet(string id) => Show(id);

    public IActionResult OnPostCancel(string id)
    {
        if (!IsPlanner) return Forbid();
        cancellations.Request(id, store, clock.GetUtcNow());
        return Redirect($"/runs/{id}");
    }

    /// <param name="plan">For a candidates run, the candidate to re-plan ("candidate-2"); its first when empty.</param>
    public IActionResult OnPostReplan(string id, string? plan, string? cadre, string? post, string? from, string? to, double? timeLimit)
    {
        if (!IsPlanner) return Forbid();
        var pin = new JsonObject { ["cadre"] = cadre, ["post"] = post, ["from"] = from, ["to"] = string.IsNullOrEmpty(to) ? from : to };
        return Ask(id, plan, ReplanForm, new JsonObject { ["pins"] = new JsonArray(pin) }, timeLimit, Replan.Queue);
    }

    public IActionResult OnPostSuggest(string id, string? plan, string? post, string? cadre, string? month, int? top, double? timeLimit)
    {
        if (!IsPlanner) return Forbid();
        var body = new JsonObject { ["month"] = month };
        if (!string.IsNullOrEmpty(post)) body["post"] = post;
        if (!string.IsNullOrEmpty(cadre)) body["cadre"] = cadre;
        if (top is { } count) body["top"] = count;
        return Ask(id, plan, SuggestForm, body, timeLimit, Suggestions.Queue);
    }

    /// <summary>Queues what a form asks of one of this run's plans as the API would queue the same body, and shows the new run; or shows the problems.</summary>
    private IActionResult Ask(string id, string? candidate, string form, JsonObject body, double? timeLimit,
        Func<FoundPlan, JsonNode?, RunSubmitter, ServiceOptions, Queued> queue)
    {
        if (timeLimit is { } seconds) body["timeLimit"] = seconds;
        var address = string.IsNullOrEmpty(candidate) ? id : $"{id}/{candidate}";
        var (plan, problem) = PlanAddress.Find(address, store, folders);
        var queued = problem is not null ? Queued.Refused(problem) : queue(plan!, body, submitter, options);
        if (queued.Run is { } run) return Redirect($"/runs/{run.Id}");
        Problems = queued.Problems;
        ProblemsOf = form;
        var page = Show(id);
        if (Run is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private IActionResult Show(string id)
    {
        Now = clock.GetUtcNow();
        Run = RunEndpoints.Find(id, store);
        if (Run is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        View = RunView.Of(Run, folders);
        if (Display.InFlight(Run)) ViewData[Display.Refresh] = Display.RefreshSeconds;
        var (plan, _) = PlanAddress.Find(id, store, folders);
        if (plan is not null && ScenarioLoader.Load(plan.Scenario.Content).Value is { } scenario)
        {
            Plan = plan;
            Names = new PlanView(scenario, plan.Plan);
            Vacancies = Web.Vacancies.Of(scenario, plan.Plan);
        }
        return Page();
    }
}
