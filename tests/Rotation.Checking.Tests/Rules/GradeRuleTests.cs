using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class GradeRuleTests
{
    // q admits grades 2..3 only. c2 (grade 4) already sits in q; c3 (grade 1) joins in 2027-02; c4 has grade 3.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 4 },
                     { "id": "q", "office": "a", "workNature": "w", "max": 4, "minGrade": 2, "maxGrade": 3 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c2", "grade": 4, "post": "q", "since": "2026-01" },
                      { "id": "c3", "grade": 1, "joins": "2027-02" },
                      { "id": "c4", "grade": 3, "post": "p", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    [Fact]
    public void A_starting_stint_outside_the_range_is_exempt_and_a_move_to_the_top_grade_is_allowed() =>
        Holds(S, Build(S, ("c1", "p p p"), ("c2", "q q q"), ("c3", "- p p"), ("c4", "p q q")));

    [Fact]
    public void A_move_to_a_post_below_the_cadres_grade_range_is_reported() =>
        Assert.Equal([new Found("H4", RuleIds.Grade, "c1", "q", "2027-02")],
            Check(S, Build(S, ("c1", "p q q"), ("c2", "q q q"), ("c3", "- p p"), ("c4", "p p p"))));

    [Fact]
    public void Joining_a_post_outside_the_grade_range_is_reported() =>
        Assert.Equal([new Found("H4", RuleIds.Grade, "c3", "q", "2027-02")],
            Check(S, Build(S, ("c1", "p p p"), ("c2", "q q q"), ("c3", "- q q"), ("c4", "p p p"))));

    [Fact]
    public void Moving_back_into_the_starting_post_outside_the_range_is_reported() =>
        Assert.Equal([new Found("H4", RuleIds.Grade, "c2", "q", "2027-03")],
            Check(S, Build(S, ("c1", "p p p"), ("c2", "q p q"), ("c3", "- p p"), ("c4", "p p p"))));
}
