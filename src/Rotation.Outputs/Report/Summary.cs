using System.Collections.Immutable;
using System.Globalization;
using Rotation.Domain.Plans;
using Rotation.Domain.Time;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>A post left short: the months its available holders were fewer than its minimum, and by how many in all.</summary>
public sealed record Shortfall(string Post, int Months, int Missing);

/// <summary>The report's opening sentence, in the words an HR office uses rather than the solver's.</summary>
public static class Summary
{
    /// <summary>
    /// "28 moves (9 between offices), nobody past their maximum tenure, no post left short, 12 trainings; every rule
    /// checked on 2026-12-01 for pku-branch.json." The report is written only for a plan the checker passed, so the
    /// tenure and critical-post clauses are what the checker proved; short non-critical posts are named.
    /// </summary>
    public static string Sentence(PlanView view, DateOnly checkedOn, string? source)
    {
        var plan = view.Plan;
        var of = source is { Length: > 0 } ? source : $"scenario “{plan.Scenario}”";
        var day = checkedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!plan.HasAssignments)
            return plan.Status == PlanStatus.Infeasible
                ? $"No plan: the rules of {of} cannot all hold together (see the conflicts below)."
                : $"No plan was found in time for {of}; nothing below is a plan.";
        var moves = view.Moves;
        var across = moves.Count(m => m.CrossesOffices);
        var shortfalls = Shortfalls(view);
        var vacancy = shortfalls.IsEmpty
            ? "no post left short"
            : $"{Count(shortfalls.Length, "post")} left short for {Count(shortfalls.Sum(s => s.Months), "post-month")} " +
              $"({string.Join(", ", shortfalls.Select(s => $"{s.Post}: {Count(s.Months, "month")}"))})";
        return $"{Count(moves.Length, "move")} ({across} between offices), nobody past their maximum tenure, {vacancy}, " +
               $"{Count(plan.Trainings.Length, "training")}; every rule checked on {day} for {of}.";
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

    public static string Count(long n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
