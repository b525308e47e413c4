using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Bounds;

public class LowerBoundTests
{
    private const string Offices = """[{ "id": "a" }, { "id": "b" }, { "id": "c" }]""";

    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0 },
          { "id": "r", "office": "c", "workNature": "w", "min": 0 } ]
        """;

    private const string DefaultWeights = "";

    [Fact]
    public void A_free_cadre_is_bounded_by_the_best_number_of_moves_into_new_offices()
    {
        // Moves cost 10 and 30 beyond the first; each new office earns 40: 0 moves 0, 1 move −30, 2 moves −30, 3 moves +10.
        var scenario = Tiny.Build(12, offices: Offices, posts: Posts, weights: DefaultWeights,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        Assert.Equal(-30, LowerBound.Of(scenario));
    }

    [Fact]
    public void Preferences_count_the_best_liked_reachable_post_in_every_month_present()
    {
        // Office b is liked 2 a month over the 12 months; a locked cadre can only ever hold their own post.
        var scenario = Tiny.Build(12, offices: Offices, posts: Posts, weights: DefaultWeights,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "office": "b", "weight": 2 } ] },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "locked": true,
                    "preferences": [ { "office": "c", "weight": 5 }, { "post": "q", "weight": -1 } ] } ]
                """);

        Assert.Equal(-30 - 24 + 12, LowerBound.Of(scenario));
    }

    [Fact]
    public void The_bound_is_never_above_the_proven_optimum()
    {
        var scenario = Tiny.Build(12, offices: Offices, posts: Posts, weights: DefaultWeights,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "office": "b", "weight": 2 } ] },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Assert.True(LowerBound.Of(scenario) <= plan.Objective, $"bound {LowerBound.Of(scenario)} above the optimum {plan.Objective}");
    }

    [Fact]
    public void A_cancelled_bound_is_none()
    {
        var scenario = Tiny.Build(12, offices: Offices, posts: Posts, weights: DefaultWeights,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        Assert.Null(LowerBound.Of(scenario, new CancellationToken(canceled: true)));
        Assert.Equal(LowerBound.Of(scenario), LowerBound.Of(scenario, CancellationToken.None));
    }

    /// <summary>The quick bound drops rules the full one keeps, so it is never above it, and neither is above the optimum.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property The_quick_bound_is_never_above_the_full_one() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var scenario = Tiny.Load(RandomScenario.Json(seed));
            if (!LowerBound.Applies(scenario.Policy.Weights)) return;
            var (quick, full) = (LowerBound.Quick(scenario), LowerBound.Of(scenario));
            Assert.True(quick <= full, $"seed {seed}: quick {quick} above full {full}");
        });

    [Fact]
    public void The_quick_bound_counts_every_office_as_reachable()
    {
        // c1 could reach b only (r needs grade 9), but the quick bound credits a move to c too: 10 − 40 per move, two
        // moves, where the full bound has one.
        var scenario = Tiny.Build(12, offices: """[{ "id": "a" }, { "id": "b" }, { "id": "c" }]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "c", "workNature": "w", "min": 0, "minGrade": 9 } ]
                """, weights: """ "move": 10, "excessMoves": 0, "crossOffice": 40 """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        Assert.Equal(-60, LowerBound.Quick(scenario));
        Assert.Equal(-30, LowerBound.Of(scenario));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void It_claims_nothing_when_a_weight_is_negative(int move, int preference)
    {
        Assert.False(LowerBound.Applies(Weights.Defaults with { Move = move, Preference = preference }));
        Assert.True(LowerBound.Applies(Weights.Defaults));
    }
}
