using FsCheck;
using FsCheck.Fluent;
using Rotation.Solver.Bounds;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Bounds;

public class CoverLagrangianTests
{
    // p needs k; r and q are open to everyone; the course for k ends two months in.
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1, "requires": ["k"] },
          { "id": "r", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
        """;

    private const string Course = """[ { "id": "kc", "grants": "k", "months": 2, "capacity": 2, "cost": 5, "sessions": ["2027-01"] } ]""";

    /// <summary>c1 holds p, c2 (who has k) holds r, c3 (who lacks k) holds q; c2's and c3's stints began a year ago.</summary>
    private static Rotation.Domain.Scenarios.Scenario WithC1Since(string since) => Tiny.Build(6, Posts, weights: "", courses: Course, cadres: $$"""
        [ { "id": "c1", "grade": 1, "post": "p", "since": "{{since}}", "competencies": ["k"] },
          { "id": "c2", "grade": 1, "post": "r", "since": "2026-01", "competencies": ["k"] },
          { "id": "c3", "grade": 1, "post": "q", "since": "2026-01" } ]
        """);

    /// <summary>
    /// c1's stint in p is at its 36-month maximum, so c1 leaves at month 0. Until c3's course ends in month 2, only c2,
    /// who has k, can cover p: c2 moves into p, and a second move into a new office then earns nothing (it is past the
    /// fair one), so c2 ends at +10 instead of −30. Alone, each cadre's best is −30; pricing p's first two months finds
    /// c2's loss.
    /// </summary>
    [Fact]
    public void Early_prices_find_the_loss_of_the_only_cadre_who_can_cover_before_anyone_trains()
    {
        var scenario = WithC1Since("2024-01");

        Assert.Equal(-50, Tiny.SolveOptimal(scenario).Objective);
        Assert.Equal((-90, -50), LowerBound.Bounds(scenario));
    }

    /// <summary>
    /// c1 may stay in p until c3's course ends and c3 takes p (−30 + 5 for the course). The early months are c1's own,
    /// so pricing them gains nothing; the last month's price finds the course.
    /// </summary>
    [Fact]
    public void Adds_nothing_early_when_a_course_ends_before_the_post_is_left()
    {
        var scenario = WithC1Since("2024-03");

        var optimum = Tiny.SolveOptimal(scenario).Objective;
        var (plain, priced) = LowerBound.Bounds(scenario);

        Assert.Equal(-85, optimum);
        Assert.Equal(-90, plain);
        Assert.Equal(-85, priced);
    }

    /// <summary>The priced bound is never above the optimum, whether or not it beats the plain one (2,000 scenarios: few have a post to price).</summary>
    [Fact]
    public void The_priced_bound_holds_against_exhaustive_search_on_random_tiny_scenarios()
    {
        var priced = 0;
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var json = RandomScenario.Json(seed);
            var scenario = Tiny.Load(json);
            if (!LowerBound.Applies(scenario.Policy.Weights) || Exhaustive.Solve(scenario) is not { } optimum) return;
            if (LowerBound.Bounds(scenario).Priced is not { } bound) return;
            priced++;
            Assert.True(bound <= optimum.Objective, $"seed {seed}: priced bound {bound} above the optimum {optimum.Objective}{Environment.NewLine}{json}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

        Assert.True(priced >= 50, $"only {priced} of 2,000 random scenarios had a priced bound");
    }
}
