using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class LockedRuleTests
{
    // c1 is locked in p (for years: tenure does not apply to it); c2 is a locked joiner arriving in 2027-02.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2 }, { "id": "q", "office": "a", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2020-01", "locked": true },
                      { "id": "c2", "grade": 1, "joins": "2027-02", "locked": true } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 12 } } } }
        """);

    [Fact]
    public void Locked_cadres_staying_in_their_posts_hold() => Holds(S, Build(S, ("c1", "p p p"), ("c2", "- q q")));

    [Fact]
    public void A_locked_cadre_moving_is_reported() =>
        Assert.Equal([new Found("H12", RuleIds.Locked, "c1", "q", "2027-02")], Check(S, Build(S, ("c1", "p q q"), ("c2", "- q q"))));

    [Fact]
    public void A_locked_cadre_moving_at_month_zero_is_reported() =>
        Assert.Equal([new Found("H12", RuleIds.Locked, "c1", "q", "2027-01")], Check(S, Build(S, ("c1", "q q q"), ("c2", "- q q"))));

    [Fact]
    public void A_locked_joiner_moving_after_joining_is_reported() =>
        Assert.Equal([new Found("H12", RuleIds.Locked, "c2", "p", "2027-03")], Check(S, Build(S, ("c1", "p p p"), ("c2", "- q p"))));
}
