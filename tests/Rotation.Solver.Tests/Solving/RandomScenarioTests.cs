using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

public class RandomScenarioTests
{
    private static readonly SolveOptions Quick = Tiny.Reproducible with { TimeLimitSeconds = 2 };

    /// <summary>Beyond what can be enumerated, every plan the solver returns still keeps every rule of the checker.</summary>
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Every_plan_found_for_a_random_medium_scenario_passes_the_checker() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var json = RandomScenario.Json(seed, medium: true);
            var scenario = Tiny.Load(json);

            var plan = RotationSolver.Solve(scenario, Quick, TimeProvider.System).Plan;

            var report = PlanChecker.Check(scenario, plan);
            Assert.True(!plan.HasAssignments || report.Holds,
                $"seed {seed}: {plan.Status} plan breaks {string.Join("; ", report.Violations)}{Environment.NewLine}{json}");
        });
}
