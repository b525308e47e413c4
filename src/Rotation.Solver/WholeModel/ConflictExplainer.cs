using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// Finds a small set of rule groups that cannot hold together: every group's constraints are guarded by an assumption,
/// CP-SAT returns a sufficient set of assumptions for infeasibility, and each one is then dropped in turn if the rest
/// stay infeasible (deletion filter) while time is left. When no core is found in time the report says so honestly.
/// </summary>
internal static class ConflictExplainer
{
    /// <summary>The groups of a small core, or <see cref="RuleIds.Unexplained"/> when none was found in time.</summary>
    public static IReadOnlyList<string> Explain(Scenario scenario, SolveOptions options, double seconds, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Left() => seconds - clock.GetElapsedTime(started).TotalSeconds;
        var model = ModelBuilder.Build(scenario, explaining: true, out _);
        var guards = model.Guards;
        var core = Core(model.Cp, guards.Values, options, Left());
        if (core is null) return [RuleIds.Unexplained];
        var kept = Shrink(model.Cp, core, options, Left);
        var names = guards.ToDictionary(g => g.Value.GetIndex(), g => g.Key);
        return [.. kept.Select(g => names[g.GetIndex()]).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Deletion filter in chunks: drop a chunk of untested groups; if the rest stay infeasible keep the (smaller) core
    /// CP-SAT returns, else retry with half the chunk. Groups that survive a single-group test are needed.
    /// </summary>
    private static List<BoolVar> Shrink(CpModel model, List<BoolVar> core, SolveOptions options, Func<double> left)
    {
        var kept = core;
        var untested = core.ToList();
        var chunk = Math.Max(1, untested.Count / 2);
        while (untested.Count > 0 && kept.Count > 1 && left() > 0.5)
        {
            var dropped = untested.Take(chunk).Select(g => g.GetIndex()).ToHashSet();
            var without = kept.Where(g => !dropped.Contains(g.GetIndex())).ToList();
            // A short limit per check: a group whose removal cannot be settled quickly stays in the report.
            if (without.Count > 0 && Core(model, without, options, Math.Min(left(), 2)) is { } smaller)
            {
                kept = smaller;
                var alive = kept.Select(g => g.GetIndex()).ToHashSet();
                untested = [.. untested.Skip(chunk).Where(g => alive.Contains(g.GetIndex()))];
            }
            else if (chunk > 1) chunk /= 2;
            else untested.RemoveAt(0);
        }
        return kept;
    }

    /// <summary>The assumptions that suffice for infeasibility among <paramref name="assumed"/>, or null when they are satisfiable or time ran out.</summary>
    private static List<BoolVar>? Core(CpModel model, IEnumerable<BoolVar> assumed, SolveOptions options, double seconds)
    {
        if (seconds <= 0 || options.Cancellation.IsCancellationRequested) return null;
        var list = assumed.ToList();
        model.ClearAssumptions();
        model.AddAssumptions(list);
        using var solver = new CpSolver
        {
            // Without presolve the guarded model answers in about a second, with a larger core that Shrink then trims.
            StringParameters = MonthlySolver.Parameters(options with { Workers = 1 }, seconds) + " cp_model_presolve:false linearization_level:0",
        };
        // A stop (Ctrl-C, or the solve's limit) ends the explanation too: what is left of it reads as not found in time.
        using var stop = options.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Infeasible) return null;
        var byIndex = list.ToDictionary(l => l.GetIndex());
        return [.. solver.SufficientAssumptionsForInfeasibility().Where(byIndex.ContainsKey).Select(i => byIndex[i])];
    }
}
