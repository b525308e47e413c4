using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class PresenceRuleTests
{
    [Fact]
    public void Present_cadres_hold_a_post_every_month_even_when_every_post_is_disliked_and_absent_ones_hold_none()
    {
        // Both dislike every post, so without H1 the cheapest plan would leave them without one.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "leaves": "2027-03",
                    "preferences": [ { "office": "a", "weight": -5 }, { "office": "b", "weight": -5 } ] },
                  { "id": "c2", "grade": 1, "joins": "2027-02",
                    "preferences": [ { "post": "p", "weight": -3 }, { "post": "q", "weight": -3 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p -");
        // p is c1's in 2027-02, so c2 joins q and has no reason to move.
        Tiny.AssertRow(plan, "c2", "- q q");
        // preference = 2·(−5) + 2·(−3) = −16, and the objective subtracts it.
        Assert.Equal(-16, plan.Terms.Preference);
        Assert.Equal(16, plan.Objective);
    }
}
