using Rotation.Domain.Plans;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class TrainingRuleTests
{
    [Fact]
    public void A_session_holds_at_most_its_capacity_so_the_second_trainee_waits_for_the_next_one()
    {
        // One seat a session. c1 (20 a month) trains in 2027-01 and moves in month 1; c2 (19) trains in 2027-02 and moves
        // in month 2: 3·20 + 2·19 − 2·10 − 2·5 = 68, against 67 the other way round.
        var scenario = Tiny.Build(4,
            courses: """[ { "id": "k101", "grants": "k", "months": 1, "capacity": 1, "cost": 5, "sessions": ["2027-01", "2027-02"] } ]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "r", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q1", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] },
                  { "id": "q2", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q1", "weight": 20 } ] },
                  { "id": "c2", "grade": 1, "post": "r", "since": "2026-01", "preferences": [ { "post": "q2", "weight": 19 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p q1 q1 q1");
        Tiny.AssertRow(plan, "c2", "r r q2 q2");
        Assert.Equal<Training>([new Training("c1", "k101", "2027-01"), new Training("c2", "k101", "2027-02")],
            plan.Trainings.OrderBy(t => t.Cadre));
        Assert.Equal(-68, plan.Objective);
    }

    [Fact]
    public void A_cadre_takes_one_course_at_a_time()
    {
        // q needs k and m; both two-month courses run from 2027-01 but only m runs again from 2027-03, so the move waits
        // for month 4: 2·20 − 10 − 2·1.
        var scenario = Tiny.Build(6,
            courses: """
                [ { "id": "ck", "grants": "k", "months": 2, "cost": 1, "sessions": ["2027-01"] },
                  { "id": "cm", "grants": "m", "months": 2, "cost": 1, "sessions": ["2027-01", "2027-03"] } ]
                """,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k", "m"] } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p p q q");
        Assert.Equal<Training>([new Training("c1", "ck", "2027-01"), new Training("c1", "cm", "2027-03")], plan.Trainings.OrderBy(t => t.Start));
        Assert.Equal(-28, plan.Objective);
    }

    [Fact]
    public void A_course_is_taken_only_in_one_of_its_sessions()
    {
        // The only session starts in 2027-03: train in month 2, move in month 3 (2·20 − 10 − 1).
        var scenario = Tiny.Build(5,
            courses: """[ { "id": "ck", "grants": "k", "months": 1, "cost": 1, "sessions": ["2027-03"] } ]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p q q");
        Assert.Equal<Training>([new Training("c1", "ck", "2027-03")], plan.Trainings);
        Assert.Equal(-29, plan.Objective);
    }
}
