using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class AvailabilityRuleTests
{
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
        """;

    [Fact]
    public void Nobody_moves_in_a_month_they_are_unavailable()
    {
        // Away in 2027-01..02: the move to q waits for month 2 (2·20 − 10).
        var scenario = Tiny.Build(4,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ],
                    "unavailable": [ { "from": "2027-01", "to": "2027-02" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(-30, plan.Objective);
    }

    [Fact]
    public void No_course_runs_in_a_month_the_cadre_is_unavailable()
    {
        // Away in 2027-01: the first session is lost, so training in 2027-03 and the move in 2027-04 (2·20 − 10 − 5).
        var scenario = Tiny.Build(5,
            courses: """[ { "id": "k101", "grants": "k", "months": 1, "cost": 5, "sessions": ["2027-01", "2027-03"] } ]""",
            posts: Posts,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ],
                    "unavailable": [ { "from": "2027-01", "to": "2027-01" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p q q");
        Assert.Equal<Domain.Plans.Training>([new Domain.Plans.Training("c1", "k101", "2027-03")], plan.Trainings);
        Assert.Equal(-25, plan.Objective);
    }
}
