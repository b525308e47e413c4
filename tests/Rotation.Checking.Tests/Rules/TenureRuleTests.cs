using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class TenureRuleTests
{
    // Eight months from 2027-01. The default cycle is 3..12 months; post s has work nature "short", cycle 1..3.
    private static Domain.Scenarios.Scenario With(string cadre) => Scenario($$"""
        { "horizon": { "start": "2027-01", "months": 8 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" }, { "id": "short" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" }, { "id": "q", "office": "a", "workNature": "w" },
                     { "id": "s", "office": "a", "workNature": "short" } ],
          "cadres": [ { "id": "c1", "grade": 1, {{cadre}} } ],
          "policy": { "tenure": { "default": { "min": 3, "max": 12 }, "byWorkNature": { "short": { "min": 1, "max": 3 } } } } }
        """);

    private static Found[] Tenure(string cadre, string row)
    {
        var s = With(cadre);
        return Check(s, Build(s, ("c1", row)));
    }

    private static void Keeps(string cadre, string row)
    {
        var s = With(cadre);
        Holds(s, Build(s, ("c1", row)));
    }

    private const string SixMonthsIn = "\"post\": \"p\", \"since\": \"2026-07\"";
    private const string TwoMonthsIn = "\"post\": \"p\", \"since\": \"2026-11\"";

    [Fact]
    public void A_stint_of_min_months_ended_by_a_move_holds() => Keeps(SixMonthsIn, "q q q p p p p p");

    [Fact]
    public void A_stint_ended_by_a_move_before_min_is_reported() =>
        Assert.Equal([new Found("H6", RuleIds.TenureMin, "c1", "q", "2027-01")], Tenure(SixMonthsIn, "q q p p p p p p"));

    [Fact]
    public void A_stint_cut_by_the_horizon_end_may_be_shorter_than_min() => Keeps(TwoMonthsIn, "p p p p p p p q");

    [Fact]
    public void A_stint_cut_by_leaving_may_be_shorter_than_min() => Keeps(TwoMonthsIn + ", \"leaves\": \"2027-06\"", "p p p q q - - -");

    [Fact]
    public void A_joiners_first_stint_starts_within_the_horizon_and_needs_min() =>
        Assert.Equal([new Found("H6", RuleIds.TenureMin, "c1", "q", "2027-02")], Tenure("\"joins\": \"2027-02\"", "- q p p p p p p"));

    [Theory]
    [InlineData("2026-01")] // L0 = 12 = max
    [InlineData("2025-05")] // L0 = 20 > max
    public void A_starting_stint_with_L0_at_or_over_max_that_ends_at_month_zero_holds(string since) =>
        Keeps($"\"post\": \"p\", \"since\": \"{since}\"", "q q q q q q q q");

    [Fact]
    public void A_starting_stint_with_L0_at_max_that_runs_into_the_horizon_is_reported() =>
        Assert.Equal([new Found("H6", RuleIds.TenureMax, "c1", "p", "2027-01")], Tenure("\"post\": \"p\", \"since\": \"2026-01\"", "p q q q q q q q"));

    [Fact]
    public void A_starting_stint_counts_L0_towards_max()
    {
        // L0 = 10: two months in the horizon make 12 (allowed), three make 13.
        Keeps("\"post\": \"p\", \"since\": \"2026-03\"", "p p q q q q q q");
        Assert.Equal([new Found("H6", RuleIds.TenureMax, "c1", "p", "2027-01")], Tenure("\"post\": \"p\", \"since\": \"2026-03\"", "p p p q q q q q"));
    }

    [Fact]
    public void A_stint_longer_than_its_work_natures_max_is_reported()
    {
        // s's cycle is 1..3: three months hold, four do not, and one month would be too short under the default cycle.
        Keeps(TwoMonthsIn, "p s s s p p p p");
        Assert.Equal([new Found("H6", RuleIds.TenureMax, "c1", "s", "2027-02")], Tenure(TwoMonthsIn, "p s s s s p p p"));
    }

    [Fact]
    public void A_starting_stint_may_end_by_a_move_once_L0_plus_its_months_reach_min() =>
        Keeps("\"post\": \"p\", \"since\": \"2026-12\"", "p p q q q q q q");

    [Fact]
    public void A_starting_stint_moving_before_L0_plus_its_months_reach_min_is_reported() =>
        Assert.Equal([new Found("H6", RuleIds.TenureStart, "c1", "p", "2027-01")], Tenure("\"post\": \"p\", \"since\": \"2026-12\"", "p q q q q q q q"));

    [Fact]
    public void A_starting_stint_begun_at_the_horizon_start_cannot_end_at_month_zero() =>
        Assert.Equal([new Found("H6", RuleIds.TenureStart, "c1", "p", "2027-01")], Tenure("\"post\": \"p\", \"since\": \"2027-01\"", "q q q q q q q q"));

    [Fact]
    public void A_starting_stint_cut_by_leaving_may_be_shorter_than_min() =>
        Keeps("\"post\": \"p\", \"since\": \"2027-01\", \"leaves\": \"2027-03\"", "p p - - - - - -");

    [Fact]
    public void A_locked_cadre_is_exempt_from_tenure() =>
        Keeps("\"post\": \"p\", \"since\": \"2020-01\", \"locked\": true", "p p p p p p p p");
}
