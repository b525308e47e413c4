using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Comparison;
using Rotation.Service.Api;
using Rotation.Service.Storage;

namespace Rotation.Service.Web.Pages;

/// <summary>A plan the compare page offers: its address ("RUN" or "RUN/candidate-N") and how the list names it.</summary>
public sealed record PlanChoice(string Address, string Label);

/// <summary>
/// Two or three finished plans side by side, as GET /api/compare compares them: the verdict, the score and figures, and why
/// each plan scores as it does against the first. The plans are picked from the finished runs, or given as ?runs=A&amp;runs=B.
/// </summary>
public sealed class CompareModel(IRunStore store, IRunFolders folders) : PageModel
{
    /// <summary>How many of the latest runs the page offers plans from.</summary>
    public const int Offered = 100;

    /// <summary>How many differing stretches the page lists before it points to the full comparison.</summary>
    public const int SpansShown = 150;

    public IReadOnlyList<PlanChoice> Choices { get; private set; } = [];

    public IReadOnlyList<string> Selected { get; private set; } = [];

    public PlanComparison? Comparison { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The full comparison (timelines and charts) as the API serves it.</summary>
    public string FullHref => $"/api/compare?runs={Uri.EscapeDataString(string.Join(',', Selected))}&format=html";

    public void OnGet(string[]? runs)
    {
        Selected = [.. (runs ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        Choices = ChoicesFrom(store.List(Offered));
        if (Selected.Count == 0) return;
        var (comparison, problem) = Compare.Of(Selected, store, folders);
        Comparison = comparison;
        Problem = problem?.Detail;
        if (problem is not null) Response.StatusCode = problem.Status;
    }

    /// <summary>Every plan a finished run holds: its own, or each candidate found.</summary>
    private List<PlanChoice> ChoicesFrom(IReadOnlyList<RunRecord> runs)
    {
        var choices = new List<PlanChoice>();
        foreach (var run in runs.Where(r => r.Finished is not null && r.Question is null && r.Progress is not null))
        {
            var view = RunView.Of(run, folders);
            var scenario = Display.Scenario(run);
            if (view.Candidates is { } candidates)
                choices.AddRange(candidates.Where(c => c.Objective is not null)
                    .Select(c => new PlanChoice($"{run.Id}/{c.Name}", $"{run.Id} {c.Name} · {scenario} · score {CompareWording.Number(c.Objective!.Value)}")));
            else
                choices.Add(new PlanChoice(run.Id, $"{run.Id} · {scenario} · {Display.Kind(run)} · score {CompareWording.Number(run.Progress!.Objective)}"));
        }
        return choices;
    }
}
