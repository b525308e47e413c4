using Rotation.Solver.Alternatives;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Alternatives;

public class ReplanTests
{
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 },
          { "id": "r", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
        """;

    private const string Published = """
        { "months": ["2027-01", "2027-02", "2027-03", "2027-04"],
          "assignments": [ { "cadre": "c1", "posts": ["p", "p", "p", "p"] }, { "cadre": "c2", "posts": ["q", "q", "q", "q"] },
                           { "cadre": "c3", "posts": ["r", "r", "r", "r"] } ] }
        """;

    [Fact]
    public void A_re_plan_around_a_pin_moves_the_pinned_cadre_and_whoever_makes_room_and_is_as_good_as_the_whole_solve()
    {
        // c1 is pinned to q in 2027-03; q holds one, so c2 must leave it by then. Each cell off the published plan costs 20.
        var scenario = Tiny.Build(4, Posts, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "pins": [ { "post": "q", "from": "2027-03", "to": "2027-03" } ] },
              { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
              { "id": "c3", "grade": 1, "post": "r", "since": "2026-01" } ]
            """, weights: """ "move": 10, "excessMoves": 0, "crossOffice": 0, "change": 20 """, published: Published);
        var current = Tiny.Solve(Tiny.Build(4, Posts, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" }, { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
              { "id": "c3", "grade": 1, "post": "r", "since": "2026-01" } ]
            """));

        var replan = Replan.Around(scenario, current, "c1", 2, Tiny.Reproducible, TimeProvider.System).Plan;

        Tiny.AssertHolds(scenario, replan);
        Assert.Equal("q", Tiny.PostOf(replan, "c1", 2));
        Tiny.AssertRow(replan, "c3", "r r r r");
        Assert.Equal(RotationSolver.Solve(scenario, Tiny.Reproducible, TimeProvider.System).Plan.Objective, replan.Objective);
    }
}
