using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class CompetencyRuleTests
{
    [Fact]
    public void A_stint_needing_a_competency_starts_only_after_a_course_that_grants_it_has_ended()
    {
        // Unconstrained: move at once (4·20 − 10). With H5: course in 2027-01 (cost 5), move in 2027-02 (3·20 − 10 − 5).
        var scenario = Tiny.Build(4,
            courses: """[ { "id": "k101", "grants": "k", "months": 1, "cost": 5, "sessions": ["2027-01", "2027-03"] } ]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p q q q");
        Assert.Equal<Domain.Plans.Training>([new Domain.Plans.Training("c1", "k101", "2027-01")], plan.Trainings);
        Assert.Equal(-45, plan.Objective);
    }

    [Fact]
    public void A_cadre_who_already_holds_the_competency_moves_at_once_without_training()
    {
        var scenario = Tiny.Build(4,
            courses: """[ { "id": "k101", "grants": "k", "months": 1, "cost": 5, "sessions": ["2027-01"] } ]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "competencies": ["k"],
                    "preferences": [ { "post": "q", "weight": 20 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q q");
        Assert.Empty(plan.Trainings);
        Assert.Equal(-70, plan.Objective);
    }
}
