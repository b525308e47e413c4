using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class TenureRuleTests
{
    private const string TwoPostsInA = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "a", "workNature": "w", "min": 0 } ]
        """;

    [Fact]
    public void Tenure_min_keeps_a_stint_begun_in_the_horizon_for_min_months_before_moving_on()
    {
        // c1 has served p for the max (12 of 12) and must leave at month 0, but loves p. Without the min it would come
        // straight back (3·20 − 2·10); with min 3 it returns only in month 3 (20 − 2·10 = 0).
        var scenario = Tiny.Build(4, tenure: """{ "min": 3, "max": 12 }""", posts: TwoPostsInA,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q p");
        Assert.Equal(0, plan.Objective);
    }

    [Fact]
    public void Tenure_max_counts_the_months_before_the_horizon_and_ends_the_starting_stint_in_time()
    {
        // 12 months in p before the horizon and a max of 14: p may be held in months 0 and 1 only. Returning in month 3
        // would cut the q stint below its min of 2.
        var scenario = Tiny.Build(4, tenure: """{ "min": 2, "max": 14 }""", posts: TwoPostsInA,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(-30, plan.Objective);
    }

    [Fact]
    public void Tenure_start_keeps_the_starting_post_until_its_months_before_and_within_the_horizon_reach_min()
    {
        // Two months in p before the horizon, min 4: the earliest move is at month 2 (2·20 − 10).
        var scenario = Tiny.Build(4, tenure: """{ "min": 4, "max": 36 }""", posts: TwoPostsInA,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-11", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(-30, plan.Objective);
    }

    [Fact]
    public void A_work_natures_own_max_applies_with_the_missing_min_taken_from_the_default()
    {
        // q (nature v) may be held 2 months at a stretch. Without that max, "p q q q" would give 3·20 − 10 = −50; with it
        // the best is −30, either "p p q q" (2·20 − 10) or three q months split by one in p (3·20 − 3·10).
        var scenario = Tiny.Build(4, tenureByWorkNature: """{ "v": { "max": 2 } }""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "a", "workNature": "v", "min": 0 } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Assert.Equal(-30, plan.Objective);
        Assert.DoesNotContain("q q q", string.Join(' ', plan.Assignments.Single().Posts));
    }
}
