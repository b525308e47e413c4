using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;

namespace Rotation.Solver.Construction;

/// <summary>
/// Mends rows that break a few rules into a plan the checker holds, given the rows and their courses; null when it
/// cannot in time.
/// </summary>
internal delegate (Roster Rows, List<Training> Trainings, Verdict Verdict)? Mend(IReadOnlyDictionary<string, string?[]> rows,
    IReadOnlyList<Training> trainings);

/// <summary>
/// A scenario's first plan that keeps every rule: the stay-put plan when the checker holds it, else a negotiated one,
/// else the negotiation's closest rows mended.
/// </summary>
internal static class FirstRows
{
    /// <summary>The plan and the judge that held it; null when none came first (stopped, or no plan found).</summary>
    public static (Constructed Plan, PartJudge Judge)? Of(Scenario scenario, Func<bool> stop, int seed, Mend? mend = null)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var rows = StayPutPlanner.Plan(scenario).ToDictionary(r => r.Key, r => r.Value);
        if (judge.Judge(rows, []) is { } verdict) return (new Constructed(Roster.Of(scenario, rows), [], verdict), judge);
        var negotiation = new Negotiation(judge, SharedLimits.Of(scenario), seed);
        if (negotiation.Build(rows, stop) is { } built) return (built, judge);
        // The negotiation stalls where cadres must change together; what it came closest to is mended around the faults.
        if (mend is null || negotiation.Hopeless || negotiation.Closest is not { } closest) return null;
        return mend(closest, negotiation.ClosestTrainings) is var (mended, trainings, held) ? (new Constructed(mended, trainings, held), judge) : null;
    }

    /// <summary>
    /// The search from the scenario's first plan (<see cref="Of"/>), not yet run; null when no first plan came before
    /// <paramref name="timeUp"/>.
    /// </summary>
    public static LocalSearch? Search(Scenario scenario, Func<bool> timeUp, int seed, Mend? mend = null, Effort? effort = null) =>
        Of(scenario, timeUp, seed, mend) is var (plan, judge)
            ? new LocalSearch(judge, plan.Rows, plan.Trainings, plan.Verdict, timeUp, seed, effort)
            : null;
}
