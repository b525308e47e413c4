using System.Diagnostics;
using Rotation.Domain.Loading;
using Rotation.Solver.Solving;

namespace Rotation.Solver.Tests.Solving;

public class RotationSolverTests
{
    [Fact]
    public void A_stop_during_the_first_plan_stages_ends_the_solve_within_seconds_not_at_the_time_limit()
    {
        // The seed dataset's 36 months go through three first-plan stages, the first still running after a second.
        var scenario = ScenarioLoader.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"))).Value!;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        RotationSolver.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60, Workers = 1, Cancellation = stop.Token }, TimeProvider.System);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the solve went on for {clock.Elapsed.TotalSeconds:0.0} s after the stop");
    }
}
