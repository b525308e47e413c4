using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;

namespace Rotation.Solver.Construction;

/// <summary>A scenario's first plan that keeps every rule: the stay-put plan when the checker holds it, else a negotiated one.</summary>
internal static class FirstRows
{
    /// <summary>The plan and the judge that held it; null when the negotiation ends first (stopped, or no plan found).</summary>
    public static (Constructed Plan, PartJudge Judge)? Of(Domain.Scenarios.Scenario scenario, Func<bool> stop, int seed)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var rows = StayPutPlanner.Plan(scenario).ToDictionary(r => r.Key, r => r.Value);
        if (judge.Judge(rows, []) is { } verdict) return (new Constructed(Roster.Of(scenario, rows), [], verdict), judge);
        return new Negotiation(judge, SharedLimits.Of(scenario), seed).Build(rows, stop) is { } built ? (built, judge) : null;
    }

    /// <summary>
    /// The search from the scenario's first plan (<see cref="Of"/>: the stay-put plan when the checker holds it,
    /// else a negotiated one), not yet run; null when no first plan came before <paramref name="timeUp"/>.
    /// </summary>
    public static LocalSearch? Search(Scenario scenario, Func<bool> timeUp, int seed) =>
        Of(scenario, timeUp, seed) is var (plan, judge) ? new LocalSearch(judge, plan.Rows, plan.Trainings, plan.Verdict, timeUp, seed) : null;
}
