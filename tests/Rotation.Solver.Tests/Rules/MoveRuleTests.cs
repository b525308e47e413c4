using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class MoveRuleTests
{
    [Fact]
    public void A_change_of_post_is_one_move_while_joining_and_leaving_are_none()
    {
        // c1 moves p → q at once (3·20 − 10); c3 leaves; c2 joins p after c1 freed it.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] },
                  { "id": "c2", "grade": 1, "joins": "2027-02", "preferences": [ { "post": "p", "weight": 5 } ] },
                  { "id": "c3", "grade": 1, "post": "r", "since": "2026-01", "leaves": "2027-02" } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "- p p");
        Tiny.AssertRow(plan, "c3", "r - -");
        Assert.Equal(1, plan.Terms.Moves);
        // 10·1 − (60 + 10)
        Assert.Equal(-60, plan.Objective);
    }
}
