using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class AvoidanceRuleTests
{
    [Fact]
    public void Cadres_who_avoid_each_other_never_share_an_office_even_when_only_one_of_them_lists_the_other()
    {
        // c1 would join office b (3·20 − 10) where c2 works; c2 likes b too much (30 a month) to make room by leaving.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "office": "b", "weight": 20 } ] },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "preferences": [ { "office": "b", "weight": 30 } ],
                    "avoid": ["c1"] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p");
        Tiny.AssertRow(plan, "c2", "q q q");
        Assert.Equal(-90, plan.Objective);
    }
}
