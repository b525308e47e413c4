using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class GradeRuleTests
{
    [Fact]
    public void No_stint_starts_at_a_post_outside_the_cadres_grade_though_the_starting_post_may_be_outside_it()
    {
        // c1 (grade 1) starts in p (grades 2–3), which H4 does not judge; q (grade ≥ 2) is preferred but closed.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "minGrade": 2, "maxGrade": 3 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "minGrade": 2 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p");
        Assert.Equal(0, plan.Objective);
    }

    [Fact]
    public void A_cadre_inside_the_grade_range_takes_the_preferred_post()
    {
        // The control of the test above: grade 2 opens q, worth 3·20 − 10.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "minGrade": 2, "maxGrade": 3 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "minGrade": 2 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 2, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Assert.Equal(-50, plan.Objective);
    }
}
