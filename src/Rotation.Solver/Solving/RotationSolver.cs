using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Decomposition;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Solving;

/// <summary>Solves a scenario with CP-SAT and returns the plan file. The caller checks the plan before writing it.</summary>
public static class RotationSolver
{
    /// <summary>
    /// Solves by the method <see cref="Strategy"/> chooses for the scenario. Every phase stops at the time limit as at a cancellation,
    /// keeping its best plan; the plan's solveSeconds and the progress lines count from this call, whichever phase spoke.
    /// </summary>
    public static SolveResult Solve(Scenario scenario, SolveOptions options, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeLimitSeconds), clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation, deadline.Token);
        var progress = options.Progress is null ? null : new OrderedProgress(options.Progress, Elapsed);
        var inner = options with { Cancellation = stop.Token, Progress = progress };
        if (ForcedMoves.Conflicts(scenario) is { Count: > 0 } forced)
            return new SolveResult(PlanAssembler.Empty(scenario, PlanStatus.Infeasible, [.. forced], Elapsed()),
                new ModelSize(0, 0, scenario.Cadres.Length, scenario.Horizon.Months), null, [.. forced.Select(c => Conflicts.Describe(c, scenario))]);
        var result = Strategy.Choose(scenario, inner) switch
        {
            Method.OfficeClusters => OfficeClusters.Solve(scenario, inner, clock),
            Method.Careers => CareerSolver.Solve(scenario, inner, clock),
            _ => MonthlySolver.Solve(scenario, inner, clock, start: null),
        };
        var seconds = Elapsed();
        if (result.Plan.HasAssignments) progress?.Final(result.Plan);
        return result with
        {
            Plan = result.Plan with { SolveSeconds = seconds },
            FirstPlanSeconds = progress?.FirstSeconds ?? (result.FirstPlanSeconds is { } first ? Math.Min(first, seconds) : null),
        };
    }
}
