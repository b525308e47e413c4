using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class HeadcountRuleTests
{
    [Fact]
    public void Headcount_max_lets_only_the_keener_of_two_cadres_into_a_post_with_one_seat()
    {
        // Both would move to q (max 1); unconstrained they would gain 60 + 57 − 20.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 1 },
                  { "id": "r", "office": "a", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] },
                  { "id": "c2", "grade": 1, "post": "r", "since": "2026-01", "preferences": [ { "post": "q", "weight": 19 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "r r r");
        Assert.Equal(-50, plan.Objective);
    }

    [Fact]
    public void Headcount_min_keeps_the_only_eligible_holder_in_a_critical_post_they_would_leave()
    {
        // c2 alone has the grade for critical q; c2 would rather be in p (3·20 − 10).
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "a", "workNature": "w", "min": 1, "critical": true, "minGrade": 2 },
                  { "id": "r", "office": "a", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "r", "since": "2026-01" },
                  { "id": "c2", "grade": 2, "post": "q", "since": "2026-01", "preferences": [ { "post": "p", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c2", "q q q");
        Assert.Equal(0, plan.Objective);
    }

    [Fact]
    public void Headcount_min_counts_only_available_holders_so_a_second_cadre_covers_an_absence()
    {
        // c2 holds critical q but is away in 2027-02; c1 must be in q that month (one move, 10).
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "q", "office": "a", "workNature": "w", "min": 1, "max": 2, "critical": true },
                  { "id": "r", "office": "a", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "r", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "unavailable": [ { "from": "2027-02", "to": "2027-02" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Assert.Equal("q", Tiny.PostOf(plan, "c1", 1));
        Assert.Equal(1, plan.Terms.Moves);
        Assert.Equal(10, plan.Objective);
    }
}
