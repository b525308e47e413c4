using System.Text.Json.Nodes;
using Rotation.Domain.Plans;
using Rotation.Generation;
using Rotation.Solver.Bounds;
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

        Assert.False(Strategy.ClustersApply(scenario));
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
        Assert.True(Strategy.ClustersApply(scenario));

        var result = RotationSolver.Solve(scenario, Tiny.Reproducible with { TimeLimitSeconds = 20 }, TimeProvider.System);

        Assert.Equal(PlanStatus.Feasible, result.Plan.Status);
        Tiny.AssertHolds(scenario, result.Plan);
        Assert.NotNull(result.FirstPlanSeconds);
        Assert.Equal(LowerBound.Of(scenario), result.Plan.BestBound);
        Assert.True(result.Plan.BestBound <= result.Plan.Objective);
    }

    /// <summary>
    /// Five offices of 15 cadres fill two clusters of 30 and leave one office over, which joins the last cluster: alone,
    /// its people could move nowhere new. Every office and cadre is in exactly one cluster.
    /// </summary>
    [Fact]
    public void An_office_left_over_joins_the_last_cluster()
    {
        var scenario = Generated(offices: 5, cadres: 75, months: 12);

        var clusters = OfficeClusters.Clusters(scenario);

        Assert.Equal([2, 3], clusters.Select(c => c.Offices.Count));
        Assert.Equal(scenario.Offices.Select(o => o.Id).Order(), clusters.SelectMany(c => c.Offices).Order());
        Assert.Equal(scenario.Cadres.Select(c => c.Id).Order(), clusters.SelectMany(c => c.Cadres).Order());
    }

    /// <summary>
    /// With one worker the local search stops after a fixed amount of work, not at a moment: two runs of a scenario too
    /// large to finish its search in the limit give the same plan, whatever else the machine is doing. The work is set
    /// small, so that a debug build on a busy machine still ends by it, long before the limit.
    /// </summary>
    [Fact]
    public void One_worker_and_the_same_seed_give_the_same_plan_twice()
    {
        var scenario = Generated(offices: 8, cadres: 120, months: 24);
        var options = Tiny.Reproducible with { TimeLimitSeconds = 120, FixedWork = 30_000 };

        var first = RotationSolver.Solve(scenario, options, TimeProvider.System).Plan;
        var second = RotationSolver.Solve(scenario, options, TimeProvider.System).Plan;

        Tiny.AssertHolds(scenario, first);
        Assert.True(first.SolveSeconds < 60 && second.SolveSeconds < 60,
            $"the searches ended after {first.SolveSeconds} and {second.SolveSeconds} s: the clock stopped them, not their work");
        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal<Training>(first.Trainings, second.Trainings);
        Assert.Equal(first.Objective, second.Objective);
    }

    [Fact]
    public void With_two_workers_two_negotiations_from_consecutive_seeds_race_and_the_best_plan_in_time_holds()
    {
        // Planted: short cycles leave nobody free to stay put, so the first plan must come from a negotiation.
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(PlantedGenerator.Generate(new PlantedOptions(5, 75, 24, Seed: 3)).Scenario));
        Assert.True(Strategy.ClustersApply(scenario));

        var result = RotationSolver.Solve(scenario, Tiny.Reproducible with { Workers = 2, TimeLimitSeconds = 20 }, TimeProvider.System);

        Assert.Equal(PlanStatus.Feasible, result.Plan.Status);
        Tiny.AssertHolds(scenario, result.Plan);
        Assert.NotNull(result.FirstPlanSeconds);
    }

    private static string[] Rows(Plan plan) => [.. plan.Assignments.Select(a => $"{a.Cadre}: {string.Join(' ', a.Posts)}")];

    private static Domain.Scenarios.Scenario Generated(int offices, int cadres, int months, Action<JsonNode>? tweak = null)
    {
        var json = JsonNode.Parse(ScenarioGenerator.Generate(new GeneratorOptions(offices, cadres, months, Seed: 5)))!;
        tweak?.Invoke(json);
        return Tiny.Load(json.ToJsonString());
    }
}
