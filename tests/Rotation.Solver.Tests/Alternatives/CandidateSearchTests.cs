using Rotation.Domain.Plans;
using Rotation.Solver.Alternatives;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Alternatives;

public class CandidateSearchTests
{
    // c1 likes p (3 a month) and may move every month; a move costs 10. Best: stay (−12). Two cells from it at least:
    // p p q q (10 − 6 = 4); two cells from both: q q q q (10).
    private static readonly Domain.Scenarios.Scenario OneCadre = Tiny.Build(4,
        """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
        """,
        """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06", "preferences": [ { "post": "p", "weight": 3 } ] } ]""");

    [Fact]
    public void Each_candidate_is_the_best_plan_at_the_distance_from_those_before()
    {
        var result = CandidateSearch.Solve(OneCadre, 3, 2, Tiny.Reproducible with { TimeLimitSeconds = 30 }, TimeProvider.System);

        Assert.Null(result.Shortfall);
        Assert.Equal([-12L, 4L, 10L], result.Plans.Select(p => p.Plan.Objective!.Value));
        Assert.Equal(["p p p p", "p p q q", "q q q q"], result.Plans.Select(p => string.Join(' ', p.Plan.Assignments[0].Posts)));
        Assert.All(result.Plans, p => Tiny.AssertHolds(OneCadre, p.Plan));
    }

    [Fact]
    public void Fewer_candidates_than_asked_are_returned_with_the_reason_when_no_more_plans_are_far_enough()
    {
        // Only 2 × 2 rows exist over two months: p p, p q, q p, q q. At distance 2 from p p there is only q q; nothing
        // is 2 away from both.
        var twoMonths = Tiny.Build(2,
            """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]""",
            """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06", "preferences": [ { "post": "p", "weight": 3 } ] } ]""");

        var result = CandidateSearch.Solve(twoMonths, 3, 2, Tiny.Reproducible with { TimeLimitSeconds = 10 }, TimeProvider.System);

        Assert.Equal(["p p", "q q"], result.Plans.Select(p => string.Join(' ', p.Plan.Assignments[0].Posts)));
        Assert.Contains("no plan at least 2 cells away from the 2 found", result.Shortfall);
    }

    [Fact]
    public void Candidates_of_a_generated_case_keep_every_rule_and_the_distance_and_are_ranked()
    {
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Generation.ScenarioGenerator.Generate(new Generation.GeneratorOptions(Offices: 3, Cadres: 16, Months: 12, Seed: 3))));
        var diversity = CandidateSearch.DefaultDiversity(scenario);

        var result = CandidateSearch.Solve(scenario, 3, diversity, Tiny.Reproducible with { TimeLimitSeconds = 30 }, TimeProvider.System);

        Assert.Equal(4, diversity);
        Assert.Equal(3, result.Plans.Count);
        Assert.All(result.Plans, p => Tiny.AssertHolds(scenario, p.Plan));
        for (var i = 0; i < 3; i++)
            for (var j = i + 1; j < 3; j++)
                Assert.True(PlanDistance.Between(result.Plans[i].Plan, result.Plans[j].Plan) >= diversity, $"candidates {i + 1} and {j + 1}");
        Assert.Equal(result.Plans.Select(p => p.Plan.Objective), result.Plans.Select(p => p.Plan.Objective).Order());
    }

    [Fact]
    public void The_default_diversity_is_two_percent_of_the_cells_rounded_up_and_at_least_one()
    {
        Assert.Equal(1, CandidateSearch.DefaultDiversity(OneCadre));
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Generation.ScenarioGenerator.Generate(new Generation.GeneratorOptions(Offices: 3, Cadres: 28, Months: 36, Seed: 1))));
        Assert.Equal(21, CandidateSearch.DefaultDiversity(scenario));
    }
}
