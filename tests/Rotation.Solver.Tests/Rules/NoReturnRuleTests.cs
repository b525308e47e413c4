using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class NoReturnRuleTests
{
    [Fact]
    public void A_cadre_who_moves_out_of_a_post_does_not_hold_it_again_within_no_return_months()
    {
        // c1 must leave p at month 0 (12 of 12 months served) and loves p; with noReturnMonths 3 the earliest return is
        // month 3: 2·20 − 2·10, against 4·20 − 20 coming straight back.
        var scenario = Tiny.Build(5, tenure: """{ "min": 1, "max": 12 }""", policy: """ "noReturnMonths": 3, """,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q p p");
        Assert.Equal(-20, plan.Objective);
    }
}
