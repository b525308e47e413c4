using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Domain.Plans;

namespace Rotation.Generation.Tests;

public class PlantedGeneratorTests
{
    [Theory]
    [InlineData(3, 26, 36, 1)]
    [InlineData(10, 150, 36, 1)]
    [InlineData(40, 600, 36, 1)]
    [InlineData(80, 2000, 36, 2)]
    [InlineData(200, 5000, 60, 1)]
    [InlineData(3, 9, 12, 3)]
    [InlineData(12, 400, 120, 4)]
    public void The_scenario_loads_and_the_planted_plan_keeps_every_rule(int offices, int cadres, int months, int seed)
    {
        var planted = PlantedCase.Of(new PlantedOptions(offices, cadres, months, seed));

        Assert.Empty(planted.Violations);
        Assert.Equal(cadres, planted.Scenario.Cadres.Length);
        Assert.True(planted.Plan.BestBound <= planted.Plan.Objective);
    }

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public Property Every_small_planted_plan_keeps_every_rule_and_its_objective()
    {
        var shapes =
            from offices in Gen.Choose(3, 6)
            from cadres in Gen.Choose(20, 60)
            from seed in Gen.Choose(0, int.MaxValue)
            from pins in Gen.Choose(0, 5)
            select new PlantedOptions(offices, cadres, 36, seed, pins);
        return Prop.ForAll(shapes.ToArbitrary(), options =>
        {
            var violations = PlantedCase.Of(options).Violations;
            Assert.True(violations.Count == 0, $"{options}: {string.Join("; ", violations.Take(5))}");
        });
    }

    [Fact]
    public void The_same_options_give_the_same_scenario_and_plan_and_another_seed_others()
    {
        var options = new PlantedOptions(5, 80, 36, Seed: 7);
        var (first, again, other) =
            (PlantedGenerator.Generate(options), PlantedGenerator.Generate(options), PlantedGenerator.Generate(options with { Seed = 8 }));

        Assert.Equal(first.Scenario, again.Scenario);
        Assert.Equal<Training>(first.Trainings, again.Trainings);
        Assert.All(first.Posts, row => Assert.Equal(row.Value, again.Posts[row.Key]));
        Assert.NotEqual(first.Scenario, other.Scenario);
    }

    [Fact]
    public void Pins_are_drawn_from_the_planted_plan_and_leave_the_rest_of_the_scenario_as_it_was()
    {
        var options = new PlantedOptions(4, 40, 36, Seed: 5);

        var pinned = PlantedCase.Of(options with { Pins = 6 });
        var plain = PlantedGenerator.Generate(options);

        var cadres = pinned.Scenario.Cadres.Where(c => !c.Pins.IsEmpty).ToArray();
        Assert.Equal(6, cadres.Length);
        Assert.Empty(pinned.Violations);
        foreach (var cadre in cadres)
            for (var month = cadre.Pins[0].Months.From; month <= cadre.Pins[0].Months.To; month = month.AddMonths(1))
                Assert.Equal(cadre.Pins[0].Post, pinned.Plan.Assignments.Single(a => a.Cadre == cadre.Id).Posts[pinned.Scenario.Horizon.IndexOf(month)]);
        Assert.Equal(plain.Posts.Select(r => string.Join(' ', r.Value)), PlantedGenerator.Generate(options with { Pins = 6 }).Posts.Select(r => string.Join(' ', r.Value)));
        Assert.DoesNotContain("\"pins\"", System.Text.Encoding.UTF8.GetString(plain.Scenario));
    }

    [Fact]
    public void Every_bad_option_is_reported_at_once()
    {
        var problems = new PlantedOptions(2, 5, 6, 1, Pins: 6).Problems();

        Assert.Equal(["--offices", "--cadres", "--months", "--pins"], problems.Select(p => p.Option));
        Assert.Equal(["--offices", "--cadres", "--months"], new PlantedOptions(201, 10_001, 121, 1).Problems().Select(p => p.Option));
        Assert.Empty(new PlantedOptions(3, 9, 12, 1).Problems());
    }

    /// <summary>The features that make a planted scenario hard are there, and each fitted limit is the plan's own extreme.</summary>
    [Theory]
    [InlineData(3, 26, 36, 1)]
    [InlineData(40, 600, 36, 1)]
    public void Every_rule_binds_the_planted_plan(int offices, int cadres, int months, int seed)
    {
        var planted = PlantedCase.Of(new PlantedOptions(offices, cadres, months, seed));
        var (scenario, view) = (planted.Scenario, planted.View);
        var policy = scenario.Policy;
        var moves = view.Cadres.SelectMany(c => c.Moves.Select(t => (Cadre: c, Month: t, Left: c.PostAt(t - 1)!))).ToArray();

        Assert.Contains(view.Cadres, c => c.Cadre is { Locked: false, Post: { } post, Since: { } since } && c.IsMoveAt(0)
                                          && scenario.Horizon.Start.MonthsSince(since) >= scenario.TenureOf(view.PostOf(post)!).Max);
        Assert.Contains(scenario.Offices, o => o.BlackoutMonthsOfYear.Length > 0);
        Assert.Equal(policy.MaxMovesPerMonth, moves.GroupBy(m => m.Month).Max(g => g.Count()));
        Assert.Equal(policy.MaxDeparturesPerOfficePerMonth, moves.GroupBy(m => (m.Month, view.PostOf(m.Left)!.Office)).Max(g => g.Count()));
        Assert.Equal(policy.NoReturnMonths, moves.Select(m => ReturnGap(view, m.Cadre, m.Left, m.Month)).Min());
        Assert.NotEmpty(planted.Plan.Trainings);
        foreach (var course in planted.Plan.Trainings.GroupBy(t => t.Course))
            Assert.Equal(scenario.Courses.Single(c => c.Id == course.Key).Capacity, course.GroupBy(t => t.Start).Max(s => s.Count()));
        Assert.Contains(scenario.Cadres, c => c.Avoid.Length > 0);
        Assert.Contains(scenario.Cadres, c => c.IsJoiner);
        Assert.Contains(scenario.Cadres, c => c.Leaves is { } leaves && scenario.Horizon.Contains(leaves));
        Assert.Contains(scenario.Cadres, c => c.Locked);
        Assert.Contains(scenario.Cadres, c => c.Unavailable.Length > 0);
        Assert.Contains(scenario.Posts, p => p.Critical && p.Min == FewestAvailable(view, p.Id));
        Assert.True(planted.Plan.Terms.Vacancy > 0);
    }

    /// <summary>Months from leaving a post to holding it again; the horizon's length when never.</summary>
    private static int ReturnGap(PlanView view, CadreView cadre, string post, int left) =>
        Enumerable.Range(left + 1, view.Months - left - 1).Where(u => cadre.PostAt(u) == post).Select(u => u - left)
            .DefaultIfEmpty(view.Months).First();

    private static int FewestAvailable(PlanView view, string post) =>
        Enumerable.Range(0, view.Months).Min(t => view.HoldersOf(post, t).Count(c => !c.Cadre.IsUnavailableIn(view.Scenario.Horizon.MonthAt(t))));
}
