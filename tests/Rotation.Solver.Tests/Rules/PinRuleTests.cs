using Rotation.Domain.Plans;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class PinRuleTests
{
    private const string TwoOffices = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
        """;

    private static readonly SolveOptions Explaining = Tiny.Reproducible with { ExplainInfeasibility = true };

    [Fact]
    public void A_pin_moves_a_cadre_who_would_rather_stay()
    {
        // c1 likes p (20 a month), yet is pinned to q in 2027-03..04: the move costs 10 and two months of liking.
        var scenario = Tiny.Build(4, posts: TwoOffices,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": 20 } ],
                    "pins": [ { "post": "q", "from": "2027-03", "to": "2027-04" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(10 - 40, plan.Objective);
    }

    [Fact]
    public void A_pin_to_the_post_already_held_keeps_a_cadre_who_would_rather_move()
    {
        // c1 likes q, but is pinned to p for the first three months; the move waits until month 3.
        var scenario = Tiny.Build(4, posts: TwoOffices,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ],
                    "pins": [ { "post": "p", "from": "2027-01", "to": "2027-03" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p p q");
        Assert.Equal(10 - 20, plan.Objective);
    }

    [Fact]
    public void A_pin_that_fills_a_post_another_cadre_holds_moves_that_cadre_out()
    {
        // q holds one: c2 is pinned there from month 1, so c1 (in q, cycle served) must make room by then.
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "q", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "pins": [ { "post": "q", "from": "2027-02", "to": "2027-03" } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c2", "p q q");
        Assert.NotEqual("q", Tiny.PostOf(plan, "c1", 1));
        Assert.Equal(20, plan.Objective);
    }

    [Fact]
    public void A_pin_in_a_blackout_month_is_infeasible_and_names_the_pin()
    {
        // Moving into q in January, the first month, is the only way to keep the pin, and January is a blackout month of office b.
        var scenario = Tiny.Build(3, posts: TwoOffices, offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [1] }]""",
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "pins": [ { "post": "q", "from": "2027-01", "to": "2027-02" } ] } ]""");

        var result = RotationSolver.Solve(scenario, Explaining, TimeProvider.System);

        Assert.Equal(PlanStatus.Infeasible, result.Plan.Status);
        Assert.Contains("pin:c1:2027-01", result.Plan.Conflicts);
        Assert.Contains("blackout:b:2027-01", result.Plan.Conflicts);
        Assert.All(result.Plan.Conflicts, c => Assert.True(ConflictIds.IsWellFormed(c, scenario), c));
        Assert.Contains(result.ConflictSentences, s => s.Contains("c1 is pinned to post q in 2027-01"));
    }

    [Fact]
    public void A_pin_against_a_frozen_month_is_infeasible_and_names_both()
    {
        var scenario = Tiny.Build(3, posts: TwoOffices, policy: """ "freezeMonths": 2, """,
            published: """{ "months": ["2027-01", "2027-02", "2027-03"], "assignments": [ { "cadre": "c1", "posts": ["p", "p", "p"] } ] }""",
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "pins": [ { "post": "q", "from": "2027-02", "to": "2027-03" } ] } ]""");

        var result = RotationSolver.Solve(scenario, Explaining, TimeProvider.System);

        Assert.Equal(PlanStatus.Infeasible, result.Plan.Status);
        Assert.Equal<string>(["freeze:c1", "pin:c1:2027-02"], result.Plan.Conflicts);
    }
}
