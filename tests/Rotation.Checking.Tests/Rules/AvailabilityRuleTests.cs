using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class AvailabilityRuleTests
{
    // c1 is unavailable in 2027-03 and 2027-04; course k lasts two months, sessions 2027-02 and 2027-05.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ], "competencies": [ "x" ],
          "courses": [ { "id": "k", "grants": "x", "months": 2, "sessions": [ "2027-02", "2027-05" ] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" }, { "id": "q", "office": "a", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01",
                        "unavailable": [ { "from": "2027-03", "to": "2027-04" } ] } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    [Fact]
    public void Keeping_the_post_while_unavailable_and_moving_and_training_afterwards_holds() =>
        Holds(S, Build(S, [("c1", "p p p p q q")], Course("c1", "k", "2027-05")));

    [Fact]
    public void A_move_in_the_first_unavailable_month_is_reported() =>
        Assert.Equal([new Found("H7", RuleIds.Availability, "c1", "q", "2027-03")], Check(S, Build(S, ("c1", "p p q q q q"))));

    [Fact]
    public void A_move_in_the_last_unavailable_month_is_reported() =>
        Assert.Equal([new Found("H7", RuleIds.Availability, "c1", "q", "2027-04")], Check(S, Build(S, ("c1", "p p p q q q"))));

    [Fact]
    public void A_course_overlapping_an_unavailable_month_is_reported() =>
        // Session 2027-02 runs in 2027-02 and 2027-03; 2027-03 is unavailable.
        Assert.Equal([new Found("H7", RuleIds.Availability, "c1", null, "2027-03")],
            Check(S, Build(S, [("c1", "p p p p p p")], Course("c1", "k", "2027-02"))));
}
