using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class HeadcountRuleTests
{
    // p is critical with one seat; q holds up to three; r wants one holder but is not critical.
    private const string Json = """
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1, "critical": true },
                     { "id": "q", "office": "b", "workNature": "w", "max": 3 },
                     { "id": "r", "office": "b", "workNature": "w", "min": 1, "max": 1 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" UNAVAILABLE },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
                      { "id": "c3", "grade": 1, "post": "q", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """;

    private static readonly Domain.Scenarios.Scenario S = Scenario(Json.Replace("UNAVAILABLE", ""));

    [Fact]
    public void Posts_within_their_headcount_hold_and_an_empty_non_critical_post_is_only_a_vacancy() =>
        Holds(S, Build(S, ("c1", "p p p"), ("c2", "q q q"), ("c3", "q q q")));

    [Fact]
    public void A_second_holder_of_a_one_seat_post_is_reported_every_month() =>
        Assert.Equal([new Found("H3", RuleIds.HeadcountMax, null, "p", "2027-02"), new Found("H3", RuleIds.HeadcountMax, null, "p", "2027-03")],
            Check(S, Build(S, ("c1", "p p p"), ("c2", "q p p"), ("c3", "q q q"))));

    [Fact]
    public void A_critical_post_left_empty_is_reported_every_month() =>
        Assert.Equal([new Found("H3", RuleIds.HeadcountMin, null, "p", "2027-02"), new Found("H3", RuleIds.HeadcountMin, null, "p", "2027-03")],
            Check(S, Build(S, ("c1", "p q q"), ("c2", "q q q"), ("c3", "q q q"))));

    [Fact]
    public void A_critical_post_whose_only_holder_is_unavailable_is_reported_in_that_month()
    {
        var s = Scenario(Json.Replace("UNAVAILABLE", """, "unavailable": [ { "from": "2027-02", "to": "2027-02" } ]"""));

        Assert.Equal([new Found("H3", RuleIds.HeadcountMin, null, "p", "2027-02")],
            Check(s, Build(s, ("c1", "p p p"), ("c2", "q q q"), ("c3", "q q q"))));
    }
}
