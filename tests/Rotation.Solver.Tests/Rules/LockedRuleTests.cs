using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class LockedRuleTests
{
    [Fact]
    public void A_locked_cadre_never_moves_and_is_exempt_from_tenure()
    {
        // Two years in p against a max of 12 would force a move, and q is preferred, yet c1 is locked.
        var scenario = Tiny.Build(3, tenure: """{ "min": 1, "max": 12 }""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01", "locked": true,
                    "preferences": [ { "post": "q", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p");
        Assert.Equal(0, plan.Objective);
    }

    [Fact]
    public void A_locked_joiner_stays_in_the_post_they_join()
    {
        // c2 joins in month 1 while p is taken, so must join q; p frees up in month 2 but c2 may not move there.
        var scenario = Tiny.Build(4,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "locked": true, "leaves": "2027-03" },
                  { "id": "c2", "grade": 1, "joins": "2027-02", "locked": true, "preferences": [ { "post": "p", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c2", "- q q q");
        Assert.Equal(0, plan.Objective);
    }
}
