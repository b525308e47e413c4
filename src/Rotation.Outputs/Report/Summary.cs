using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Time;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>A post left short: the months its available holders were fewer than its minimum, and by how many in all.</summary>
public sealed record Shortfall(string Post, int Months, int Missing);

/// <summary>
/// What the summary sentence says, for a language to word: the moves (and how many cross offices), the posts left
/// short, the trainings, and the day and input the plan was checked for (<c>Source</c>, the scenario's file
/// name, or null when it has none and the scenario's name says it).
/// </summary>
public sealed record SummaryFigures(
    int Moves, int AcrossOffices, ImmutableArray<Shortfall> Shortfalls, int Trainings, DateOnly CheckedOn, string? Source, string Scenario);

/// <summary>The report's opening sentence, in the words an HR office uses rather than the solver's.</summary>
public static class Summary
{
    /// <summary>
    /// "28 moves (9 between offices), nobody past their maximum tenure, no post left short, 12 trainings; every rule
    /// checked on 2026-12-01 for pku-branch.json.", or in the language of <paramref name="wording"/>. The report is
    /// written only for a plan the checker passed, so the tenure and critical-post clauses are what the checker proved;
    /// short non-critical posts are named.
    /// </summary>
    public static string Sentence(PlanView view, DateOnly checkedOn, string? source, ReportWording? wording = null)
    {
        wording ??= ReportWording.English;
        var plan = view.Plan;
        var file = string.IsNullOrEmpty(source) ? null : source;
        if (plan.HasAssignments)
            return wording.Summary(new SummaryFigures(view.Moves.Length, view.Moves.Count(m => m.CrossesOffices), Shortfalls(view),
                plan.Trainings.Length, checkedOn, file, plan.Scenario));
        var none = new SummaryFigures(0, 0, [], 0, checkedOn, file, plan.Scenario);
        return plan.Status == PlanStatus.Infeasible ? wording.InfeasibleSummary(none) : wording.NotFoundSummary(none);
    }

    /// <summary>
    /// Non-critical posts whose available holders fall below their minimum in some month (critical posts never do in a
    /// checked plan), in scenario order. Their missing holders summed are the objective's vacancy count.
    /// </summary>
    public static ImmutableArray<Shortfall> Shortfalls(PlanView view)
    {
        var scenario = view.Scenario;
        var months = view.Plan.Months.Select(YearMonth.Parse).ToArray();
        var available = new Dictionary<(string Post, int T), int>();
        foreach (var c in scenario.Cadres)
            for (var t = 0; t < months.Length; t++)
                if (view.PostAt(c.Id, t) is { } p && !c.IsUnavailableIn(months[t]))
                    available[(p, t)] = available.GetValueOrDefault((p, t)) + 1;
        var result = ImmutableArray.CreateBuilder<Shortfall>();
        foreach (var post in scenario.Posts.Where(p => p.Min > 0))
        {
            var missing = Enumerable.Range(0, months.Length).Select(t => Math.Max(0, post.Min - available.GetValueOrDefault((post.Id, t)))).ToArray();
            if (missing.Any(m => m > 0)) result.Add(new Shortfall(post.Id, missing.Count(m => m > 0), missing.Sum()));
        }
        return result.ToImmutable();
    }
}
