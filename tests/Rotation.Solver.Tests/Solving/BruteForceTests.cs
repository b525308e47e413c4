using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Domain.Plans;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

public class BruteForceTests
{
    /// <summary>
    /// On random tiny scenarios the solver and an exhaustive search agree: both find no plan, or the solver proves an
    /// optimum whose objective is the exhaustive one; every plan either produces passes the independent checker, and an
    /// infeasible scenario names its conflicting rules.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property The_solver_agrees_with_exhaustive_search_on_random_tiny_scenarios() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Agree);

    /// <summary>Former counterexamples: 1733260944, where the solver once rewarded aversions; 1768339308, where an
    /// infeasible scenario could come back with no conflict named.</summary>
    [Theory]
    [InlineData(1733260944)]
    [InlineData(1768339308)]
    public void Former_counterexamples_agree(int seed) => Agree(seed);

    private static void Agree(int seed)
    {
        var json = RandomScenario.Json(seed);
        var scenario = Tiny.Load(json);

        var expected = Exhaustive.Solve(scenario);
        var plan = RotationSolver.Solve(scenario, Tiny.Reproducible with { ExplainInfeasibility = true }, TimeProvider.System).Plan;

        string Story() =>
            $"seed {seed}{Environment.NewLine}{json}{Environment.NewLine}" +
            $"solver: {plan.Status}, objective {plan.Objective}, {plan.Terms}{Environment.NewLine}{Rows(plan)}" +
            (expected is null ? "exhaustive: no plan" :
                $"exhaustive: objective {expected.Objective}, {expected.Terms}{Environment.NewLine}{Rows(Exhaustive.ToPlan(scenario, expected))}");
        if (expected is null)
        {
            Assert.True(plan.Status == PlanStatus.Infeasible, "exhaustive search finds no plan, the solver does" + Environment.NewLine + Story());
            Assert.True(plan.Conflicts.Length > 0 && plan.Conflicts.All(c => ConflictIds.IsWellFormed(c, scenario)),
                $"an infeasible tiny scenario must name its conflicts by rule id, got [{string.Join(", ", plan.Conflicts)}]{Environment.NewLine}{Story()}");
            return;
        }
        var ownCheck = PlanChecker.Check(scenario, Exhaustive.ToPlan(scenario, expected));
        Assert.True(ownCheck.Holds, "the exhaustive optimum breaks the checker (test bug?): " + string.Join("; ", ownCheck.Violations) + Environment.NewLine + Story());
        Assert.True(plan.Status == PlanStatus.Optimal, "the solver proves no optimum" + Environment.NewLine + Story());
        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Holds, "the solver's plan breaks the checker: " + string.Join("; ", check.Violations) + Environment.NewLine + Story());
        Assert.True(plan.Objective == expected.Objective, "the objectives differ" + Environment.NewLine + Story());
    }

    private static string Rows(Plan plan) =>
        string.Concat(plan.Assignments.Select(a => $"  {a.Cadre}: {string.Join(' ', a.Posts.Select(p => p ?? "-"))}{Environment.NewLine}")) +
        string.Concat(plan.Trainings.Select(t => $"  {t.Cadre} takes {t.Course} from {t.Start}{Environment.NewLine}"));
}
