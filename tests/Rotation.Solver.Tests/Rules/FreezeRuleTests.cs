using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class FreezeRuleTests
{
    [Fact]
    public void The_frozen_months_keep_the_published_posts()
    {
        // Published: c1 stays in p. The first two months are frozen, so the move to q waits for month 2:
        // 2·20 − 10 − 2 changes·1, against 4·20 − 10 − 4 moving at once.
        var scenario = Tiny.Build(4, policy: """ "freezeMonths": 2, """,
            weights: """ "move": 10, "excessMoves": 0, "crossOffice": 0, "change": 1 """,
            published: """{ "months": ["2027-01", "2027-02", "2027-03", "2027-04"], "assignments": [ { "cadre": "c1", "posts": ["p", "p", "p", "p"] } ] }""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(2, plan.Terms.Changes);
        Assert.Equal(-28, plan.Objective);
    }
}
