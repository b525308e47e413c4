using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class PresenceRuleTests
{
    // c1 is present throughout; c2 joins in 2027-02 and leaves from 2027-04.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2 },
                     { "id": "q", "office": "b", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01" },
                      { "id": "c2", "grade": 1, "joins": "2027-02", "leaves": "2027-04" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    [Fact]
    public void A_present_cadre_with_one_post_a_month_and_an_absent_one_with_none_holds() =>
        Holds(S, Build(S, ("c1", "p p q q"), ("c2", "- q q -")));

    [Fact]
    public void A_present_cadre_without_a_post_is_reported() =>
        Assert.Equal([new Found("H1", RuleIds.Presence, "c1", null, "2027-02")],
            Check(S, Build(S, ("c1", "p - p p"), ("c2", "- q q -")), "H1"));

    [Fact]
    public void A_post_held_before_joining_is_reported() =>
        Assert.Equal([new Found("H1", RuleIds.Presence, "c2", "q", "2027-01")],
            Check(S, Build(S, ("c1", "p p p p"), ("c2", "q q q -")), "H1"));

    [Fact]
    public void A_post_held_from_the_leaving_month_on_is_reported() =>
        Assert.Equal([new Found("H1", RuleIds.Presence, "c2", "q", "2027-04")],
            Check(S, Build(S, ("c1", "p p p p"), ("c2", "- q q q")), "H1"));

    [Fact]
    public void A_post_the_scenario_does_not_know_is_reported()
    {
        var plan = WithRow(Build(S, ("c1", "p p p p"), ("c2", "- q q -")), "c1", "p x p p");

        Assert.Equal([new Found("H1", RuleIds.Presence, "c1", "x", "2027-02")], Check(S, plan, "H1"));
    }

    [Fact]
    public void A_cadre_without_a_row_is_reported()
    {
        var plan = Build(S, ("c1", "p p p p"), ("c2", "- q q -"));
        plan = plan with { Assignments = [.. plan.Assignments.Where(a => a.Cadre != "c2")] };

        Assert.Equal([new Found("H1", RuleIds.Presence, "c2")], Check(S, plan, "H1"));
    }

    [Fact]
    public void A_row_shorter_than_the_horizon_is_reported()
    {
        var plan = WithRow(Build(S, ("c1", "p p p p"), ("c2", "- q q -")), "c1", "p p p");

        // The fourth month of the short row is also a present month without a post.
        Assert.Equal([new Found("H1", RuleIds.Presence, "c1"), new Found("H1", RuleIds.Presence, "c1", null, "2027-04")], Check(S, plan, "H1"));
    }

    [Fact]
    public void A_second_row_for_a_cadre_and_a_row_for_an_unknown_cadre_are_reported()
    {
        var plan = Build(S, ("c1", "p p p p"), ("c2", "- q q -"));
        plan = plan with { Assignments = [.. plan.Assignments, plan.Assignments[0], plan.Assignments[0] with { Cadre = "c9" }] };

        Assert.Equal([new Found("H1", RuleIds.Presence, "c1"), new Found("H1", RuleIds.Presence, "c9")], Check(S, plan, "H1"));
    }
}
