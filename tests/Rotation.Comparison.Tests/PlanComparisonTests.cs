using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using static Rotation.Checking.Tests.Plans;
using static Rotation.Comparison.Tests.Support.Small;

namespace Rotation.Comparison.Tests;

public class PlanComparisonTests
{
    [Fact]
    public void Each_plan_is_scored_from_its_rows()
    {
        var comparison = Compare(Stay, C1Leaves, C2Joins);

        Assert.Equal([0L, 160L, -30L], comparison.Plans.Select(p => p.Objective));
        Assert.Equal(new Terms(2, 1, 0, 0, 1, 10, 0), comparison.Plans[1].Terms);
        Assert.All(comparison.Plans, p => Assert.True(p.Holds));
    }

    [Fact]
    public void The_figures_of_a_plan_are_counted_as_by_hand()
    {
        var k = Compare(Stay, C1Leaves).Plans[1].Kpis;

        Assert.Equal(1, k.Moves);
        Assert.Equal<OfficeMoves>([new OfficeMoves("a", 1, 0), new OfficeMoves("b", 0, 1)], k.MovesByOffice);
        Assert.Equal(1, k.CrossOfficeMoves);
        Assert.Equal(2, k.VacancyMonths);
        Assert.Equal(2, k.VacancyShortfall);
        Assert.Equal(1, k.Movers);
        Assert.Equal(10, k.PreferenceMet);
        // Moves per cadre present: 0 and 1; Σ|xi − xj| over ordered pairs is 2, divided by 2 · n² · mean = 2 · 4 · 0.5.
        Assert.Equal(0.5, k.MovesGini, 10);
        Assert.Equal(1, k.Exchange.Count[0][1]);
    }

    [Fact]
    public void The_reasons_name_each_item_with_its_weighted_delta()
    {
        var why = Compare(Stay, C1Leaves).Why;

        Assert.Equal(
        [
            ("vacancy", 100L, "c1", "p", "2027-02"), ("vacancy", 100L, "c1", "p", "2027-03"), ("moves", 10L, "c1", "q", "2027-02"),
            ("crossOffice", -40L, "c1", "q", "2027-02"), ("preference", -10L, "c1", "q", "2027-02"),
        ], why.Select(r => (r.Term, r.Delta, r.Cadre, r.Post, r.Month)));
        Assert.All(why, r => Assert.Equal(2, r.Plan));
        Assert.Equal("Post p lacks 1 holder in 2027-02, against 0 in the reference; Li Wei (c1) holds it in the plan with fewer missing.", why[0].Text);
        Assert.Equal("Li Wei (c1) moves into q in 2027-02; the reference has no such move.", why[2].Text);
    }

    [Fact]
    public void Reasons_against_a_better_reference_have_the_opposite_sign()
    {
        var why = Compare(C1Leaves, Stay).Why;

        Assert.Equal(-160, why.Sum(r => r.Delta));
        Assert.Contains(why, r => r is { Term: "moves", Delta: -10, Cadre: "c1" } && r.Text.Contains("does not move into q"));
    }

    [Fact]
    public void Each_plan_after_the_first_is_explained_against_the_first()
    {
        var comparison = Compare(Stay, C1Leaves, C2Joins);

        Assert.Equal(160, comparison.Why.Where(r => r.Plan == 2).Sum(r => r.Delta));
        Assert.Equal([("moves", 10L, "c2"), ("crossOffice", -40L, "c2")], comparison.Why.Where(r => r.Plan == 3).Select(r => (r.Term, r.Delta, r.Cadre)));
    }

    [Fact]
    public void The_differences_list_every_cell_where_the_plans_disagree_and_the_distances_count_them()
    {
        var comparison = Compare(Stay, C1Leaves, C2Joins);

        Assert.Equal(
        [
            ("c1", "2027-02", "p q p"), ("c1", "2027-03", "p q p"), ("c2", "2027-02", "q q p"), ("c2", "2027-03", "q q p"),
        ], comparison.Differences.Select(d => (d.Cadre, d.Month, string.Join(' ', d.Posts))));
        Assert.Equal(2, comparison.Distance(0, 1));
        Assert.Equal(4, comparison.Distance(1, 2));
        Assert.Equal(PlanDistance.Between(C1Leaves, C2Joins), comparison.Distance(1, 2));
    }

    [Fact]
    public void The_reasons_of_a_plan_by_term_add_up_to_subtotals_and_come_biggest_first()
    {
        var why = Compare(Stay, C1Leaves, C2Joins).WhyByTerm(2);

        Assert.Equal([("vacancy", 200L, 2), ("crossOffice", -40L, 1), ("moves", 10L, 1), ("preference", -10L, 1)],
            why.Select(t => (t.Term, t.Subtotal, t.Reasons.Length)));
    }

    [Fact]
    public void The_spans_merge_a_cadres_consecutive_months_of_the_same_posts()
    {
        // c1 differs in February and March with the same posts; c2 in February (q against p) and March (q against -): two spans.
        var comparison = Compare(Stay, C1Leaves, Build(S, ("c1", "p p p"), ("c2", "q p -")));

        Assert.Equal([("c1", "2027-02", "2027-03", "p q p"), ("c2", "2027-02", "2027-02", "q q p"), ("c2", "2027-03", "2027-03", "q q -")],
            comparison.Spans().Select(s => (s.Cadre, s.First, s.Last, string.Join(' ', s.Posts.Select(p => p ?? "-")))));
    }

    [Fact]
    public void A_plan_that_breaks_a_rule_is_compared_and_marked()
    {
        // Reporting no moves breaks H2 (the move count); the comparison recounts the terms from the rows all the same.
        var misreported = Reporting(S, C1Leaves, C1Leaves.Terms with { Moves = 0 });

        var comparison = Compare(Stay, misreported);

        Assert.False(comparison.Plans[1].Holds);
        Assert.Equal(160, comparison.Plans[1].Objective);
    }

    [Fact]
    public void A_comparison_needs_two_plans_with_rows() =>
        Assert.Throws<ArgumentException>(() => Compare(Stay));

    [Fact]
    public void The_json_holds_the_plans_the_differences_and_the_reasons()
    {
        using var json = JsonDocument.Parse(CompareJson.ToUtf8(Compare(Stay, C1Leaves)));
        var root = json.RootElement;

        var second = root.GetProperty("plans")[1];
        Assert.Equal("plan-2", second.GetProperty("file").GetString());
        Assert.Equal(160, second.GetProperty("objective").GetInt64());
        Assert.Equal(2, second.GetProperty("terms").GetProperty("vacancy").GetInt64());
        Assert.Equal(2, second.GetProperty("distances").GetProperty("plan-1").GetInt32());
        Assert.Equal(1, second.GetProperty("kpis").GetProperty("movesByOffice").GetProperty("a").GetProperty("out").GetInt32());
        Assert.Equal(1, second.GetProperty("kpis").GetProperty("exchange").GetProperty("a").GetProperty("b").GetInt32());
        Assert.Equal(2, root.GetProperty("differences").GetArrayLength());
        var reason = root.GetProperty("why")[2];
        Assert.Equal(("moves", 10, "c1", "q", "2027-02"), (reason.GetProperty("term").GetString(), reason.GetProperty("delta").GetInt64(),
            reason.GetProperty("cadre").GetString(), reason.GetProperty("post").GetString(), reason.GetProperty("month").GetString()));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property For_any_two_plans_the_reasons_of_each_term_add_up_to_its_weighted_difference()
    {
        var draws = from seed in Gen.Choose(1, 10_000) select seed;
        return Prop.ForAll(draws.ToArbitrary(), seed =>
        {
            var scenario = ScenarioLoader.Load(Generation.ScenarioGenerator.Generate(new Generation.GeneratorOptions(Offices: 2, Cadres: 8, Months: 6, Seed: seed))).Value!;
            var random = new Random(seed);
            var a = RandomPlan(scenario, random);
            var b = RandomPlan(scenario, random);
            var comparison = PlanComparison.Of(scenario, [new NamedPlan("a", a), new NamedPlan("b", b)]);
            var w = scenario.Policy.Weights;
            var (ta, tb) = (comparison.Plans[0].Terms, comparison.Plans[1].Terms);
            long Sum(string term) => comparison.Why.Where(r => r.Term == term).Sum(r => r.Delta);
            return Sum("vacancy") == w.Vacancy * (tb.Vacancy - ta.Vacancy)
                   && Sum("moves") == w.Move * (tb.Moves - ta.Moves)
                   && Sum("excessMoves") == w.ExcessMoves * (tb.ExcessMoves - ta.ExcessMoves)
                   && Sum("trainingCost") == w.TrainingCost * (tb.TrainingCost - ta.TrainingCost)
                   && Sum("crossOffice") == -w.CrossOffice * (tb.CrossOffice - ta.CrossOffice)
                   && Sum("preference") == -w.Preference * (tb.Preference - ta.Preference)
                   && Sum("changes") == w.Change * (tb.Changes - ta.Changes)
                   && comparison.Why.Sum(r => r.Delta) == comparison.Plans[1].Objective - comparison.Plans[0].Objective;
        });
    }

    /// <summary>Rows of random posts in the months each cadre is present: a plan to count, whatever rules it breaks.</summary>
    private static Plan RandomPlan(Scenario scenario, Random random) =>
        Build(scenario, scenario.Cadres.ToDictionary(c => c.Id, c => Enumerable.Range(0, scenario.Horizon.Months)
            .Select(t => c.IsPresentIn(scenario.Horizon.MonthAt(t)) ? scenario.Posts[random.Next(scenario.Posts.Length)].Id : null).ToArray()), []);
}
