using Rotation.Domain.Scenarios;
using Rotation.Solver.Solving;

namespace Rotation.Solver.Alternatives;

/// <summary>The plans found, best first, and why there are fewer than asked for when there are.</summary>
/// <param name="Shortfall">Why the search stopped before the number asked for; null when it found them all.</param>
public sealed record CandidateResult(IReadOnlyList<SolveResult> Plans, string? Shortfall);

/// <summary>
/// Candidate schedules for leadership to choose from: the best plan the solver finds, then, one at a time, the best
/// plan it finds at least <c>diversity</c> cells away from every plan before (<see cref="NearbyPlan"/>). The time limit
/// is shared out evenly over the candidates still to find, so a candidate found early leaves its time to the next.
/// Ranked by objective at the end.
/// </summary>
public static class CandidateSearch
{
    /// <summary>The default diversity: 2 % of the scenario's (cadre, month) cells, at least 1.</summary>
    public static int DefaultDiversity(Scenario scenario) =>
        Math.Max(1, (int)Math.Ceiling(0.02 * scenario.Cadres.Length * scenario.Horizon.Months - 1e-9));

    public static CandidateResult Solve(Scenario scenario, int count, int diversity, SolveOptions options, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(diversity, 1);
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;

        var first = RotationSolver.Solve(scenario, options with { TimeLimitSeconds = options.TimeLimitSeconds / count }, clock);
        if (!first.Plan.HasAssignments) return new CandidateResult([first], $"the first plan ended {first.Plan.Status}, so there is nothing to vary");
        var found = new List<SolveResult> { first };
        var quiet = options with { ExplainInfeasibility = false, Progress = null };
        string? shortfall = null;
        while (found.Count < count)
        {
            var until = Elapsed() + (options.TimeLimitSeconds - Elapsed()) / (count - found.Count);
            if (until - Elapsed() <= 0.5 || options.Cancellation.IsCancellationRequested)
            {
                shortfall = "the time limit ran out; a longer --time-limit leaves time for more";
                break;
            }
            var near = NearbyPlan.Find(scenario, [.. found.Select(f => f.Plan)], diversity, quiet, () => until - Elapsed(), Elapsed);
            if (near is not { } next)
            {
                shortfall = $"no plan at least {diversity} cells away from the {found.Count} found turned up in the time left; a longer " +
                            "--time-limit may find one, a smaller --diversity allows more";
                break;
            }
            found.Add(new SolveResult(next.Plan, first.Size, next.FirstSeconds, []));
        }
        return new CandidateResult([.. found.OrderBy(f => f.Plan.Objective)], shortfall);
    }
}
