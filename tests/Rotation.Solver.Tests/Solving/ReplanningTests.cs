using System.Text.Json;
using Rotation.Domain.Plans;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

/// <summary>Re-planning against a published plan: the frozen months hold (H14) and every change is counted.</summary>
public class ReplanningTests
{
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
          { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
        """;

    private const string Cadres = """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" }, { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
          { "id": "c3", "grade": 1, "post": "r", "since": "2026-01" } ]
        """;

    // Later news: c1 and c3 each want the other's post.
    private const string CadresWhoWantToSwap = """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "r", "weight": 30 } ] },
          { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
          { "id": "c3", "grade": 1, "post": "r", "since": "2026-01", "preferences": [ { "post": "p", "weight": 30 } ] } ]
        """;

    [Fact]
    public void A_replan_keeps_the_published_frozen_months_and_counts_each_changed_month_after_them()
    {
        var first = Tiny.SolveOptimal(Tiny.Build(6, posts: Posts, cadres: Cadres));
        Tiny.AssertRow(first, "c1", "p p p p p p");

        var replan = Tiny.Build(6, posts: Posts, cadres: CadresWhoWantToSwap, policy: """ "freezeMonths": 2, """,
            weights: """ "move": 10, "excessMoves": 0, "crossOffice": 0, "change": 5 """, published: Published(first));
        var plan = Tiny.SolveOptimal(replan);

        // The swap waits for month 2: 2·4·30 of preference, 2 moves, 2·4 changed months at 5 each.
        Tiny.AssertRow(plan, "c1", "p p r r r r");
        Tiny.AssertRow(plan, "c2", "q q q q q q");
        Tiny.AssertRow(plan, "c3", "r r p p p p");
        Assert.Equal(8, plan.Terms.Changes);
        Assert.Equal(-180, plan.Objective);
    }

    [Fact]
    public void Without_frozen_months_the_same_replan_swaps_at_once()
    {
        var first = Tiny.SolveOptimal(Tiny.Build(6, posts: Posts, cadres: Cadres));
        var replan = Tiny.Build(6, posts: Posts, cadres: CadresWhoWantToSwap,
            weights: """ "move": 10, "excessMoves": 0, "crossOffice": 0, "change": 5 """, published: Published(first));

        var plan = Tiny.SolveOptimal(replan);

        Tiny.AssertRow(plan, "c1", "r r r r r r");
        Tiny.AssertRow(plan, "c3", "p p p p p p");
        Assert.Equal(12, plan.Terms.Changes);
        Assert.Equal(-280, plan.Objective);
    }

    [Fact]
    public void Only_published_months_of_the_horizon_for_cadres_present_then_are_compared()
    {
        // The published plan starts a month before the horizon, so only 2027-01 and 2027-02 are compared; c2 is gone by
        // 2027-02, so its published q then is not compared either. Following c1's published q costs one move.
        var scenario = Tiny.Build(3, posts: Posts, policy: """ "freezeMonths": 2, """,
            published: """
                { "months": ["2026-12", "2027-01", "2027-02"],
                  "assignments": [ { "cadre": "c1", "posts": ["p", "q", "q"] }, { "cadre": "c2", "posts": ["r", "r", "q"] } ] }
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "r", "since": "2026-01", "leaves": "2027-02" } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "r - -");
        Assert.Equal(0, plan.Terms.Changes);
        Assert.Equal(10, plan.Objective);
    }

    /// <summary>A solved plan in the shape of the scenario's <c>published</c> field.</summary>
    private static string Published(Plan plan) => JsonSerializer.Serialize(new
    {
        months = plan.Months,
        assignments = plan.Assignments.Select(a => new { cadre = a.Cadre, posts = a.Posts }),
    });
}
