using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class CompetencyRuleTests
{
    // q requires "law"; law-101 grants it, two months long, in sessions 2027-01 and 2027-02.
    // c2 already holds law; c3 sits in q without it; c4 joins in 2027-02.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 5 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ], "competencies": [ "law" ],
          "courses": [ { "id": "law-101", "grants": "law", "months": 2, "sessions": [ "2027-01", "2027-02" ] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 4 },
                     { "id": "q", "office": "a", "workNature": "w", "max": 4, "requires": [ "law" ] } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "competencies": [ "law" ] },
                      { "id": "c3", "grade": 1, "post": "q", "since": "2026-01" },
                      { "id": "c4", "grade": 1, "joins": "2027-02" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    private static (string, string)[] Rows(string c1, string c2 = "p p p p p", string c4 = "- p p p p") =>
        [("c1", c1), ("c2", c2), ("c3", "q q q q q"), ("c4", c4)];

    [Fact]
    public void A_course_ending_exactly_at_the_move_grants_the_competency_in_time() =>
        // Session 2027-01 + 2 months = month 2 (2027-03), the month c1 starts in q.
        Holds(S, Build(S, Rows("p p q q q"), Course("c1", "law-101", "2027-01")));

    [Fact]
    public void A_course_ending_one_month_after_the_move_is_reported() =>
        // Session 2027-02 + 2 months = month 3, one month after the move at month 2.
        Assert.Equal([new Found("H5", RuleIds.Competency, "c1", "q", "2027-03")],
            Check(S, Build(S, Rows("p p q q q"), Course("c1", "law-101", "2027-02"))));

    [Fact]
    public void A_move_without_the_competency_or_a_course_is_reported() =>
        Assert.Equal([new Found("H5", RuleIds.Competency, "c1", "q", "2027-03")], Check(S, Build(S, Rows("p p q q q"))));

    [Fact]
    public void A_competency_already_held_needs_no_course_and_the_starting_stint_needs_none() =>
        Holds(S, Build(S, Rows("p p p p p", c2: "q q q q q")));

    [Fact]
    public void A_joiners_first_stint_needs_the_competency() =>
        Assert.Equal([new Found("H5", RuleIds.Competency, "c4", "q", "2027-02")], Check(S, Build(S, Rows("p p p p p", c4: "- q q q q"))));
}
