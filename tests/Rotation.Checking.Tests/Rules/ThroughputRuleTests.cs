using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class ThroughputRuleTests
{
    // At most two moves a month in all, and one move out of each office's posts a month.
    // c5 joins d1 in 2027-02 and c6 leaves b2 from 2027-02.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" }, { "id": "b" }, { "id": "d" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w", "max": 3 }, { "id": "a2", "office": "a", "workNature": "w", "max": 3 },
                     { "id": "b1", "office": "b", "workNature": "w", "max": 3 }, { "id": "b2", "office": "b", "workNature": "w", "max": 3 },
                     { "id": "d1", "office": "d", "workNature": "w", "max": 3 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a1", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "post": "a2", "since": "2026-01" },
                      { "id": "c3", "grade": 1, "post": "b1", "since": "2026-01" },
                      { "id": "c4", "grade": 1, "post": "d1", "since": "2026-01" },
                      { "id": "c5", "grade": 1, "joins": "2027-02" },
                      { "id": "c6", "grade": 1, "post": "b2", "since": "2026-01", "leaves": "2027-02" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } }, "maxMovesPerMonth": 2, "maxDeparturesPerOfficePerMonth": 1 } }
        """);

    private static Domain.Plans.Plan Plan(string c1, string c2, string c3, string c4) =>
        Build(S, ("c1", c1), ("c2", c2), ("c3", c3), ("c4", c4), ("c5", "- d1 d1"), ("c6", "b2 - -"));

    [Fact]
    public void Two_moves_from_different_offices_beside_a_join_and_a_leave_hold() =>
        Holds(S, Plan("a1 b1 b1", "a2 a2 a2", "b1 a1 a1", "d1 d1 d1"));

    [Fact]
    public void A_third_move_in_a_month_is_reported() =>
        Assert.Equal([new Found("H9", RuleIds.ThroughputMonth, null, null, "2027-02")],
            Check(S, Plan("a1 b1 b1", "a2 a2 a2", "b1 a1 a1", "d1 b2 b2")));

    [Fact]
    public void Two_moves_out_of_one_office_in_a_month_are_reported() =>
        Assert.Equal([new Found("H9", RuleIds.ThroughputOffice, null, null, "2027-02")],
            Check(S, Plan("a1 b1 b1", "a2 d1 d1", "b1 b1 b1", "d1 d1 d1")));

    [Fact]
    public void A_swap_between_two_posts_of_one_office_is_two_departures_from_it() =>
        Assert.Equal([new Found("H9", RuleIds.ThroughputOffice, null, null, "2027-02")],
            Check(S, Plan("a1 a2 a2", "a2 a1 a1", "b1 b1 b1", "d1 d1 d1")));
}
