using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class FreezeRuleTests
{
    // The published plan's months start a month before the horizon and are matched by label; the first two months
    // of the horizon (2027-01, 2027-02) are frozen. c2 leaves from 2027-02; c3's published 2027-02 is empty.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 3 }, { "id": "q", "office": "a", "workNature": "w", "max": 3 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "leaves": "2027-02" },
                      { "id": "c3", "grade": 1, "post": "q", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } }, "freezeMonths": 2 },
          "published": { "months": [ "2026-12", "2027-01", "2027-02", "2027-03" ],
                         "assignments": [ { "cadre": "c1", "posts": [ "p", "p", "p", "q" ] },
                                          { "cadre": "c2", "posts": [ "q", "q", "q", "q" ] },
                                          { "cadre": "c3", "posts": [ "q", "q", null, "q" ] } ] } }
        """);

    private static Domain.Plans.Plan Plan(string c1, string c3 = "q q q q") => Build(S, ("c1", c1), ("c2", "q - - -"), ("c3", c3));

    [Fact]
    public void The_published_plan_itself_holds() => Holds(S, Plan("p p q q"));

    [Fact]
    public void A_change_in_a_frozen_month_is_reported() =>
        Assert.Equal([new Found("H14", RuleIds.Freeze, "c1", "q", "2027-02")], Check(S, Plan("p q q q")));

    [Fact]
    public void A_move_at_month_zero_away_from_the_frozen_post_is_reported_in_every_frozen_month() =>
        Assert.Equal([new Found("H14", RuleIds.Freeze, "c1", "q", "2027-01"), new Found("H14", RuleIds.Freeze, "c1", "q", "2027-02")],
            Check(S, Plan("q q q q")));

    [Fact]
    public void A_change_from_freezeMonths_on_is_allowed() => Holds(S, Plan("p p p p"));

    [Fact]
    public void A_frozen_month_with_no_published_post_is_not_compared() => Holds(S, Plan("p p q q", c3: "q p q q"));
}
