using System.Text.Json.Nodes;
using Rotation.Domain.Plans;
using Rotation.Generation;
using Rotation.Solver.Decomposition;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Decomposition;

public class OfficeClustersTests
{
    [Fact]
    public void Small_scenarios_are_solved_whole()
    {
        var scenario = Generated(offices: 3, cadres: 45, months: 12);

        Assert.False(OfficeClusters.Applies(scenario));
    }

    [Fact]
    public void A_large_scenario_gets_a_checked_plan_that_keeps_the_shared_limits_and_a_valid_bound()
    {
        // Tight organisation-wide limits: the clusters' shares of moves and seats must add up to no more than the whole.
        var scenario = Generated(offices: 7, cadres: 105, months: 12, tweak: json =>
        {
            json["policy"]!["maxMovesPerMonth"] = 7; // the generator ends at most one stint per office and month
            foreach (var course in json["courses"]!.AsArray()) course!["capacity"] = 2;
        });
        Assert.True(OfficeClusters.Applies(scenario));

        var result = RotationSolver.Solve(scenario, Tiny.Reproducible with { TimeLimitSeconds = 20 }, TimeProvider.System);

        Assert.Equal(PlanStatus.Feasible, result.Plan.Status);
        Tiny.AssertHolds(scenario, result.Plan);
        Assert.NotNull(result.FirstPlanSeconds);
        Assert.Equal(LowerBound.Of(scenario), result.Plan.BestBound);
        Assert.True(result.Plan.BestBound <= result.Plan.Objective);
    }

    private static Domain.Scenarios.Scenario Generated(int offices, int cadres, int months, Action<JsonNode>? tweak = null)
    {
        var json = JsonNode.Parse(ScenarioGenerator.Generate(new GeneratorOptions(offices, cadres, months, Seed: 5)))!;
        tweak?.Invoke(json);
        return Tiny.Load(json.ToJsonString());
    }
}
