using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Decomposition;
using Rotation.Solver.Greedy;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Construction;

public class NegotiationTests
{
    [Fact]
    public void An_overdue_cadre_leaves_at_month_0_for_the_office_without_a_blackout()
    {
        // 36 months in p before the horizon reach the cycle max: c1 must move at month 0 (January), when office b is
        // closed. The stay-put planner tries only the roomiest post, qb, and gives up.
        var scenario = Overdue(offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [1] }, { "id": "c" }]""");
        Assert.Equal(["tenure.max"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        Assert.Equal("qc", plan.Rows["c1"][0]);
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void Two_cadres_due_to_leave_one_office_stagger_their_moves_under_a_departure_limit()
    {
        // Both must leave office a by month 1 and only one may leave it a month. c2 is away in month 0, so c1 must go
        // first; the stay-put planner moves c1 at the latest month, 1, and leaves c2 stuck.
        var scenario = Tiny.Build(3, """
            [ { "id": "p1", "office": "a", "workNature": "w", "min": 0 },
              { "id": "p2", "office": "a", "workNature": "w", "min": 0 },
              { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "p2", "since": "2026-01", "unavailable": [ { "from": "2027-01", "to": "2027-01" } ] } ]
            """, policy: """ "maxDeparturesPerOfficePerMonth": 1, """, tenure: """{ "min": 1, "max": 13 }""");
        Assert.Equal(["tenure.max"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        Assert.NotEqual("p1", plan.Rows["c1"][0]);
        Assert.Equal("p2", plan.Rows["c2"][0]);
        Assert.NotEqual("p2", plan.Rows["c2"][1]);
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void Two_movers_needing_a_course_of_one_seat_take_different_sessions()
    {
        var scenario = CourseOfOneSeat();
        Assert.Equal(["tenure.max"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        Assert.Equal(["c1", "c2"], plan.Trainings.Select(t => t.Cadre).Order());
        Assert.Equal(["2027-01", "2027-02"], plan.Trainings.Select(t => t.Start).Order());
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void Of_two_cadres_who_avoid_each_other_in_one_office_one_leaves_it_for_another_office()
    {
        // c1 would rather move to qa, in the same office as c2: only office b's qb parts them.
        var scenario = Tiny.Build(4, """
            [ { "id": "pa1", "office": "a", "workNature": "w", "min": 0 },
              { "id": "pa2", "office": "a", "workNature": "w", "min": 0 },
              { "id": "qa", "office": "a", "workNature": "w", "min": 0 },
              { "id": "qb", "office": "b", "workNature": "w", "min": 0 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "pa1", "since": "2026-01", "avoid": ["c2"], "preferences": [ { "post": "qa", "weight": 5 } ] },
              { "id": "c2", "grade": 1, "post": "pa2", "since": "2026-01" } ]
            """);
        Assert.Equal(["avoidance"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        string Office(string cadre, int t) => scenario.Posts.Single(p => p.Id == plan.Rows[cadre][t]).Office;
        Assert.All(Enumerable.Range(0, 4), t => Assert.Equal(["a", "b"], new[] { Office("c1", t), Office("c2", t) }.Order()));
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void Someone_covers_a_critical_post_while_its_holder_is_away()
    {
        var scenario = Tiny.Build(5, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 2, "critical": true },
              { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "unavailable": [ { "from": "2027-03", "to": "2027-04" } ] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01" } ]
            """);
        Assert.Equal(["headcount.min"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        Assert.Equal("p p", string.Join(' ', plan.Rows["c2"][2..4]));
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void An_overdue_cadre_with_nowhere_to_go_ends_the_negotiation_in_the_first_round()
    {
        var scenario = Tiny.Build(3, """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 } ]""",
            """[ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" } ]""");
        var negotiation = Construct.Negotiation(scenario);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false));
        Assert.Equal(1, negotiation.Rounds);
    }

    [Fact]
    public void Two_overdue_cadres_and_one_seat_to_go_to_end_the_negotiation_within_its_rounds()
    {
        // Each alone has a career (the seat at month 0), so the negotiation goes on for rounds until it gives up.
        var scenario = TwoOverdueOneSeat();
        Assert.Null(Exhaustive.Solve(scenario));
        var negotiation = Construct.Negotiation(scenario);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false));
        Assert.InRange(negotiation.Rounds, 2, Negotiation.MaxRounds);
    }

    [Fact]
    public void A_stop_that_holds_at_once_ends_the_negotiation_before_its_first_round()
    {
        var scenario = Overdue();
        var negotiation = Construct.Negotiation(scenario);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => true));
        Assert.Equal(0, negotiation.Rounds);
    }

    [Fact]
    public void A_stop_after_three_rounds_ends_the_negotiation_there()
    {
        var scenario = TwoOverdueOneSeat();
        var negotiation = Construct.Negotiation(scenario);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => negotiation.Rounds >= 3));
        Assert.Equal(3, negotiation.Rounds);
    }

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_courses() => AssertRepeats(CourseOfOneSeat());

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void The_same_seed_gives_the_same_plan_of_a_random_medium_scenario(int seed)
    {
        var scenario = Tiny.Load(RandomScenario.Json(seed, medium: true));
        Assert.NotEmpty(Construct.StayPutFaults(scenario));

        AssertRepeats(scenario);
    }

    private static void AssertRepeats(Scenario scenario)
    {
        var first = Construct.Negotiate(scenario, seed: 5);
        var second = Construct.Negotiate(scenario, seed: 5);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(Construct.Rows(first), Construct.Rows(second));
        Assert.Equal(first.Trainings, second.Trainings);
    }

    /// <summary>c1 has held p for 36 months, the cycle max, and must leave it at month 0; qb and qc are free.</summary>
    private static Scenario Overdue(string offices = """[{ "id": "a" }, { "id": "b" }, { "id": "c" }]""") => Tiny.Build(3, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "qb", "office": "b", "workNature": "w", "min": 0 },
          { "id": "qc", "office": "c", "workNature": "w", "min": 0 } ]
        """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" } ]""", offices: offices);

    /// <summary>
    /// Both cadres must leave p by month 2 for q, which needs k; the course granting k has one seat in each of two sessions,
    /// January and February.
    /// </summary>
    private static Scenario CourseOfOneSeat() => Tiny.Build(4, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "q", "office": "b", "workNature": "v", "min": 0, "max": 2, "requires": ["k"] } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
          { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" } ]
        """, tenureByWorkNature: """{ "w": { "min": 1, "max": 14 } }""",
        courses: """[ { "id": "ck", "grants": "k", "months": 1, "capacity": 1, "cost": 1, "sessions": ["2027-01", "2027-02"] } ]""");

    /// <summary>Both cadres have held p for the cycle max and must leave it at month 0, but q holds only one of them.</summary>
    private static Scenario TwoOverdueOneSeat() => Tiny.Build(3, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" },
          { "id": "c2", "grade": 1, "post": "p", "since": "2024-01" } ]
        """);
}

/// <summary>Negotiated plans of whole scenarios, judged by the whole independent checker (objective and derived rows too).</summary>
internal static class Construct
{
    public static Negotiation Negotiation(Scenario scenario, int seed = 1) =>
        new(new PartJudge(scenario, (_, _) => true), SharedLimits.Of(scenario), seed);

    /// <summary>The negotiated plan from the stay-put plan, with no stop.</summary>
    public static Constructed? Negotiate(Scenario scenario, int seed = 1) =>
        Negotiation(scenario, seed).Build(StayPutPlanner.Plan(scenario), () => false);

    /// <summary>The rule ids the stay-put plan breaks: a construction test means something only when there is one.</summary>
    public static string[] StayPutFaults(Scenario scenario) =>
        [.. new PartJudge(scenario, (_, _) => true).Faults(StayPutPlanner.Plan(scenario), []).Select(v => v.Id).Distinct()];

    public static void AssertHolds(Scenario scenario, Constructed plan) =>
        Tiny.AssertHolds(scenario, plan.Verdict.ToPlan(scenario, plan.Rows, plan.Trainings, plan.Verdict.Objective, 0));

    /// <summary>Every row as one line, "cadre: post post -", in cadre order.</summary>
    public static string[] Rows(Constructed plan) =>
        [.. plan.Rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {string.Join(' ', r.Value.Select(p => p ?? "-"))}")];
}
