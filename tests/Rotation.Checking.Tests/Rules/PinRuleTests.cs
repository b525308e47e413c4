using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class PinRuleTests
{
    // c1 is pinned to q in 2027-02..03; c2 joins in 2027-03 and leaves from 2027-05, pinned to p over 2027-01..06, so
    // only the months present (2027-03..04) bind.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2 }, { "id": "q", "office": "a", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2020-01", "pins": [ { "post": "q", "from": "2027-02", "to": "2027-03" } ] },
                      { "id": "c2", "grade": 1, "joins": "2027-03", "leaves": "2027-05", "pins": [ { "post": "p", "from": "2027-01", "to": "2027-06" } ] } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    [Fact]
    public void Holding_the_pinned_posts_in_the_pinned_months_present_holds() =>
        Holds(S, Build(S, ("c1", "p q q p p p"), ("c2", "- - p p - -")));

    [Fact]
    public void Staying_in_the_pinned_post_after_the_pin_holds() =>
        Holds(S, Build(S, ("c1", "p q q q q q"), ("c2", "- - p p - -")));

    [Fact]
    public void A_month_of_the_pin_in_another_post_is_reported() =>
        Assert.Equal([new Found("H15", RuleIds.Pin, "c1", "p", "2027-03")], Check(S, Build(S, ("c1", "p q p p p p"), ("c2", "- - p p - -"))));

    [Fact]
    public void Missing_the_pin_altogether_is_reported_in_every_pinned_month() =>
        Assert.Equal([new Found("H15", RuleIds.Pin, "c1", "p", "2027-02"), new Found("H15", RuleIds.Pin, "c1", "p", "2027-03")],
            Check(S, Build(S, ("c1", "p p p p p p"), ("c2", "- - p p - -"))));

    [Fact]
    public void A_joiner_is_held_to_the_pin_from_the_month_they_join() =>
        Assert.Equal([new Found("H15", RuleIds.Pin, "c2", "q", "2027-03")], Check(S, Build(S, ("c1", "p q q p p p"), ("c2", "- - q p - -"))));
}
