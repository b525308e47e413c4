using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class TrainingRuleTests
{
    // Six months, 2027-01..2027-06. k1: two months, one seat, a session before the horizon and one running past its end.
    // k2: one month. k3: four months. c3 leaves from 2027-02; c4 joins in 2027-03.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ], "competencies": [ "x" ],
          "courses": [ { "id": "k1", "grants": "x", "months": 2, "capacity": 1, "sessions": [ "2026-12", "2027-01", "2027-03", "2027-06" ] },
                       { "id": "k2", "grants": "x", "months": 1, "sessions": [ "2027-02", "2027-03", "2027-04" ] },
                       { "id": "k3", "grants": "x", "months": 4, "sessions": [ "2027-01" ] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 4 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c3", "grade": 1, "post": "p", "since": "2026-01", "leaves": "2027-02" },
                      { "id": "c4", "grade": 1, "joins": "2027-03" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    private static readonly (string, string)[] Rows =
        [("c1", "p p p p p p"), ("c2", "p p p p p p"), ("c3", "p - - - - -"), ("c4", "- - p p p p")];

    private static Found[] Trainings(params Domain.Plans.Training[] trainings) => Check(S, Build(S, Rows, trainings));

    [Fact]
    public void Courses_in_their_sessions_back_to_back_and_within_capacity_hold() =>
        Holds(S, Build(S, Rows, Course("c1", "k1", "2027-01"), Course("c1", "k2", "2027-03"), Course("c2", "k1", "2027-03"),
            Course("c4", "k2", "2027-04")));

    [Fact]
    public void A_start_that_is_not_a_session_of_the_course_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2027-02")], Trainings(Course("c1", "k1", "2027-02")));

    [Fact]
    public void A_session_before_the_horizon_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2026-12")], Trainings(Course("c1", "k1", "2026-12")));

    [Fact]
    public void A_session_running_past_the_horizon_end_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2027-06")], Trainings(Course("c1", "k1", "2027-06")));

    [Fact]
    public void A_course_running_after_the_cadre_leaves_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c3", null, "2027-01")], Trainings(Course("c3", "k1", "2027-01")));

    [Fact]
    public void A_course_before_the_cadre_joins_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c4", null, "2027-02")], Trainings(Course("c4", "k2", "2027-02")));

    [Fact]
    public void Two_overlapping_courses_of_one_cadre_are_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2027-02")], Trainings(Course("c1", "k1", "2027-01"), Course("c1", "k2", "2027-02")));

    [Fact]
    public void Every_course_overlapping_a_long_one_is_reported_not_only_the_next() =>
        // k3 runs 2027-01..2027-04; both one-month courses fall inside it, though they do not overlap each other.
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2027-02"), new Found("H10", RuleIds.Training, "c1", null, "2027-04")],
            Trainings(Course("c1", "k3", "2027-01"), Course("c1", "k2", "2027-02"), Course("c1", "k2", "2027-04")));

    [Fact]
    public void A_session_over_capacity_is_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, null, null, "2027-01")], Trainings(Course("c1", "k1", "2027-01"), Course("c2", "k1", "2027-01")));

    [Fact]
    public void An_unknown_course_and_an_unknown_cadre_are_reported() =>
        Assert.Equal([new Found("H10", RuleIds.Training, "c1", null, "2027-01"), new Found("H10", RuleIds.Training, "c9", null, "2027-02")],
            Trainings(Course("c1", "k9", "2027-01"), Course("c9", "k2", "2027-02")));
}
