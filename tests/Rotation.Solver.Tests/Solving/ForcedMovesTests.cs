using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

public class ForcedMovesTests
{
    /// <summary>
    /// Three cadres of office a whose default cycle (max 36) ran out before 2027-01: each must leave p at month 0. q in
    /// office b has room for all of them.
    /// </summary>
    private static Scenario ThreeDue(string policy, string c3 = "", string offices = """[{ "id": "a" }, { "id": "b" }]""", string c3Since = "2024-01") =>
        Tiny.Build(3, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 3 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 3 } ]
        """, $$"""
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" },
          { "id": "c2", "grade": 1, "post": "p", "since": "2024-01" },
          { "id": "c3", "grade": 1, "post": "p", "since": "{{c3Since}}" {{c3}} } ]
        """, policy: policy, offices: offices);

    [Fact]
    public void Three_cadres_due_to_leave_an_office_at_month_0_under_a_departure_limit_of_two_have_no_plan() =>
        Assert.Equal(["throughput.office:a:2027-01", "tenure.max:c1", "tenure.max:c2", "tenure.max:c3"],
            ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 2, """)));

    [Fact]
    public void A_departure_limit_of_three_lets_them_all_leave() =>
        Assert.Empty(ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 3, """)));

    [Fact]
    public void A_monthly_move_limit_of_two_is_too_small_for_three_moves_due_at_month_0() =>
        Assert.Equal(["throughput.month:2027-01", "tenure.max:c1", "tenure.max:c2", "tenure.max:c3"],
            ForcedMoves.Conflicts(ThreeDue(""" "maxMovesPerMonth": 2, """)));

    [Fact]
    public void A_locked_cadre_is_exempt_from_the_cycle_and_need_not_move() =>
        Assert.Empty(ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 2, """, c3: """, "locked": true""")));

    [Fact]
    public void A_cadre_whose_cycle_lasts_until_they_leave_need_not_move() =>
        // 35 months in p before the horizon, one within it, then gone: 36, the cycle max. Staying, c3 would have to move in
        // February, a's blackout, and with c1 and c2 due in January the limit of two would leave no room.
        Assert.Empty(ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 2, """, c3: """, "leaves": "2027-02" """,
            offices: """[{ "id": "a", "blackoutMonthsOfYear": [2] }, { "id": "b" }]""", c3Since: "2024-02")));

    [Fact]
    public void A_cadre_due_in_a_blackout_month_must_move_before_it() =>
        Assert.Equal(["throughput.office:a:2027-02", "tenure.max:c1", "tenure.max:c2", "tenure.max:c3"],
            ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 2, """,
                offices: """[{ "id": "a", "blackoutMonthsOfYear": [2] }, { "id": "b" }]""", c3Since: "2024-02")));

    [Fact]
    public void A_blackout_in_the_only_month_a_move_may_come_leaves_no_room_at_all() =>
        Assert.Equal(["throughput.office:a:2027-01", "tenure.max:c1", "tenure.max:c2", "tenure.max:c3"],
            ForcedMoves.Conflicts(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 3, """,
                offices: """[{ "id": "a", "blackoutMonthsOfYear": [1] }, { "id": "b" }]""")));

    [Fact]
    public void The_solver_reports_the_conflict_at_once_instead_of_searching()
    {
        var plan = Tiny.Solve(ThreeDue(""" "maxDeparturesPerOfficePerMonth": 2, """));

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.Contains("throughput.office:a:2027-01", plan.Conflicts);
    }

    private static Domain.Scenarios.Scenario Pinned(string c1) => Tiny.Build(4,
        """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "minGrade": 2 } ]
        """,
        $$"""[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06", "pins": [ { "post": "{{c1}}", "from": "2027-03", "to": "2027-04" } ] } ]""");

    [Fact]
    public void A_pin_into_a_post_the_grade_bars_has_no_plan() =>
        Assert.Equal(["grade:c1", "pin:c1:2027-03"], ForcedMoves.Conflicts(Pinned("q")));

    [Fact]
    public void A_pin_to_the_starting_post_needs_nothing_the_grade_bars() =>
        Assert.Empty(ForcedMoves.Conflicts(Pinned("p")));

    [Fact]
    public void A_pin_that_moves_a_locked_cadre_has_no_plan()
    {
        var scenario = Tiny.Build(4,
            """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]""",
            """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06", "locked": true, "pins": [ { "post": "q", "from": "2027-02", "to": "2027-02" } ] } ]""");

        Assert.Equal(["locked:c1", "pin:c1:2027-02"], ForcedMoves.Conflicts(scenario));
    }
}
