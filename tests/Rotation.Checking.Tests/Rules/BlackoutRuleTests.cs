using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class BlackoutRuleTests
{
    // Office a has a blackout in March (month 2 = 2027-03); office b has none.
    // c2 joins a1 in 2027-03; c3 leaves a2 from 2027-03.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 5 },
          "offices": [ { "id": "a", "blackoutMonthsOfYear": [3] }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w", "max": 3 }, { "id": "a2", "office": "a", "workNature": "w", "max": 3 },
                     { "id": "b1", "office": "b", "workNature": "w", "max": 3 }, { "id": "b2", "office": "b", "workNature": "w", "max": 3 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a1", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "joins": "2027-03" },
                      { "id": "c3", "grade": 1, "post": "a2", "since": "2026-01", "leaves": "2027-03" },
                      { "id": "c4", "grade": 1, "post": "b1", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    private static Domain.Plans.Plan Plan(string c1, string c4 = "b1 b1 b1 b1 b1") =>
        Build(S, ("c1", c1), ("c2", "- - a1 a1 a1"), ("c3", "a2 a2 - - -"), ("c4", c4));

    [Fact]
    public void Joining_and_leaving_in_a_blackout_month_and_moving_within_another_office_hold() =>
        Holds(S, Plan("a1 a1 a1 a1 a1", c4: "b1 b1 b2 b2 b2"));

    [Fact]
    public void A_move_the_month_after_the_blackout_holds() => Holds(S, Plan("a1 a1 a1 b1 b1"));

    [Fact]
    public void A_move_between_two_posts_of_the_office_in_its_blackout_month_is_reported() =>
        Assert.Equal([new Found("H8", RuleIds.Blackout, "c1", "a2", "2027-03")], Check(S, Plan("a1 a1 a2 a2 a2")));

    [Fact]
    public void A_move_out_of_the_office_in_its_blackout_month_is_reported() =>
        Assert.Equal([new Found("H8", RuleIds.Blackout, "c1", "b1", "2027-03")], Check(S, Plan("a1 a1 b1 b1 b1")));

    [Fact]
    public void A_move_into_the_office_in_its_blackout_month_is_reported() =>
        Assert.Equal([new Found("H8", RuleIds.Blackout, "c4", "a2", "2027-03")], Check(S, Plan("a1 a1 a1 a1 a1", c4: "b1 b1 a2 a2 a2")));
}
