using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class NoReturnRuleTests
{
    // noReturnMonths = 3.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 8 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" }, { "id": "q", "office": "a", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } }, "noReturnMonths": 3 } }
        """);

    [Fact]
    public void A_return_exactly_noReturnMonths_after_leaving_holds() =>
        // Out of p at month 1, back at month 4 = 1 + 3.
        Holds(S, Build(S, ("c1", "p q q q p p p p")));

    [Fact]
    public void A_return_one_month_early_is_reported() =>
        Assert.Equal([new Found("H13", RuleIds.NoReturn, "c1", "p", "2027-04")], Check(S, Build(S, ("c1", "p q q p p p p p"))));

    [Fact]
    public void A_return_to_the_starting_post_left_at_month_zero_is_reported() =>
        Assert.Equal([new Found("H13", RuleIds.NoReturn, "c1", "p", "2027-03")], Check(S, Build(S, ("c1", "q q p p p p p p"))));
}
