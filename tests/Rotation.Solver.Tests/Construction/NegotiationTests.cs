using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
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
    public void The_away_holder_of_a_critical_post_of_one_seat_makes_way_for_someone_who_can_cover_it()
    {
        // p has one seat and must be covered every month; c1, who holds it and likes it, is away in months 2 and 3. Only
        // c2 can cover those months, so c1 must leave p by month 2 (moves in months 2 and 3 are barred by the absence)
        // and make way.
        var scenario = Tiny.Build(5, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1, "critical": true },
              { "id": "g", "office": "b", "workNature": "w", "min": 0, "max": 1 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "unavailable": [ { "from": "2027-03", "to": "2027-04" } ],
                "preferences": [ { "post": "p", "weight": 5 } ] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01" } ]
            """, tenure: """{ "min": 1, "max": 36 }""");
        Assert.Equal(["headcount.min"], Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiate(scenario);

        Assert.NotNull(plan);
        Assert.Equal("p p", string.Join(' ', plan.Rows["c2"][2..4]));
        Assert.Equal("g g", string.Join(' ', plan.Rows["c1"][2..4]));
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void With_draws_of_posts_a_cadre_of_another_office_sees_a_critical_post_left_short_between_two_holders(int seed)
    {
        // c1 must leave p by month 2 (36 months of its cycle), and c3 joins into p, the only post it may hold, at month 4.
        // Only c2, who leaves at month 4, can cover months 2 and 3: two free months are too few for a stint of p's cycle,
        // so no draw offers p, and p is not in c2's office. c2's 92 posts are more than two draws of 40.
        var fillers = string.Join(",\n", Enumerable.Range(1, 90).Select(i => $$"""{ "id": "f{{i:00}}", "office": "b", "workNature": "w", "min": 0, "requires": ["m"] }"""));
        var scenario = Tiny.Build(6, $$"""
            [ { "id": "p", "office": "a", "workNature": "v", "min": 1, "max": 1, "critical": true, "minGrade": 3 },
              { "id": "q", "office": "a", "workNature": "w", "min": 0, "maxGrade": 3 },
              { "id": "g", "office": "b", "workNature": "w", "min": 0, "requires": ["m"] },
              {{fillers}} ]
            """, """
            [ { "id": "c1", "grade": 3, "post": "p", "since": "2024-03" },
              { "id": "c2", "grade": 4, "post": "g", "since": "2026-01", "leaves": "2027-05", "competencies": ["m"] },
              { "id": "c3", "grade": 4, "joins": "2027-05", "locked": true } ]
            """, tenureByWorkNature: """{ "v": { "min": 3, "max": 36 } }""");
        Assert.Contains("tenure.max", Construct.StayPutFaults(scenario));

        var plan = Construct.Negotiation(scenario, seed, budget: 1).Build(StayPutPlanner.Plan(scenario), () => false);

        Assert.NotNull(plan);
        Assert.Equal("p p", string.Join(' ', plan.Rows["c2"][2..4]));
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void A_pin_the_stay_put_plan_misses_is_met_by_moving_the_pinned_cadre_and_making_room()
    {
        // c2 is pinned to q, which holds one, from month 2: c1 in q must go elsewhere by then and c2 must arrive.
        var scenario = Tiny.Build(4, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
              { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 },
              { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "q", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "pins": [ { "post": "q", "from": "2027-03", "to": "2027-04" } ] } ]
            """);
        Assert.Equal(["pin"], Construct.StayPutFaults(scenario).Distinct());

        var plan = Construct.Negotiation(scenario).Build(StayPutPlanner.Plan(scenario), () => false);

        Assert.NotNull(plan);
        Assert.Equal("q q", string.Join(' ', plan.Rows["c2"][2..4]));
        Construct.AssertHolds(scenario, plan);
    }

    private static void AssertRepeats(Scenario scenario)
    {
        var first = Construct.Negotiate(scenario, seed: 5);
        // Careers built on several threads are the same careers.
        var second = Construct.Negotiate(scenario, seed: 5, threads: 4);

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

    [Fact]
    public void A_cadre_kept_to_a_full_home_office_moves_to_another_office_once_every_post_is_opened()
    {
        var (scenario, _, plan) = OpenedHomebound();

        Assert.Equal("qb qb qb", Construct.Row(plan, "c1"));
        Assert.Equal("pa pa pa", Construct.Row(plan, "c2"));
        Construct.AssertHolds(scenario, plan);
    }

    [Fact]
    public void A_cadre_with_no_career_at_home_is_stranded_not_hopeless_while_posts_elsewhere_could_open()
    {
        // Only p, which c1 must leave at month 0, is open to them: the rounds go on, counting c1 as a broken rule where
        // they stand, until patience runs out (a round to find the least, five more without fewer).
        var scenario = Overdue();
        var negotiation = Construct.Negotiation(scenario, home: InOfficeA);

        Assert.Null(negotiation.Build(new Dictionary<string, string?[]> { ["c1"] = ["p", "p", "p"] }, () => false, patience: 5));

        Assert.False(negotiation.Hopeless);
        Assert.Equal(6, negotiation.Rounds);
        var (trouble, _) = negotiation.Pressure();
        Assert.Equal([1, 1, 1], trouble["a"]);
        Assert.Equal([0, 0, 0], trouble["b"]);
    }

    [Fact]
    public void A_cadre_kept_to_a_full_home_office_is_not_hopeless()
    {
        var scenario = Homebound();
        var negotiation = Construct.Negotiation(scenario, home: InOfficeA);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false, patience: 5));

        Assert.False(negotiation.Hopeless);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_overdue_cadre_whom_no_other_post_admits_is_hopeless_in_the_first_round(bool keptHome)
    {
        // qb takes grade 2 and up: p, which c1 must leave, is all their own rules let them hold, and it is open to them.
        var scenario = Tiny.Build(3, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
              { "id": "qb", "office": "b", "workNature": "w", "min": 0, "minGrade": 2 } ]
            """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" } ]""");
        var negotiation = Construct.Negotiation(scenario, home: keptHome ? InOfficeA : null);

        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false));

        Assert.True(negotiation.Hopeless);
        Assert.Equal(1, negotiation.Rounds);
    }

    [Fact]
    public void Pressure_after_a_stalled_build_names_the_overused_office_and_the_free_seat_months()
    {
        // Kept to office a, c1 can only crowd into pa, which locked c2 holds; qb stays free all three months, and so
        // does p, which c1 had to leave.
        var scenario = Homebound();
        var negotiation = Construct.Negotiation(scenario, home: InOfficeA);
        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false, patience: 5));

        var (trouble, free) = negotiation.Pressure();

        Assert.Equal(["a", "b"], trouble.Keys.Order());
        Assert.Equal([1, 1, 1], trouble["a"]);
        Assert.Equal([0, 0, 0], trouble["b"]);
        Assert.Equal(["p: 3", "pa: 0", "qb: 3"], free.Select(f => $"{f.Key}: {f.Value}").Order());
    }

    [Fact]
    public void Settle_fills_a_post_a_plan_leaves_vacant()
    {
        // q needs a holder and nobody holds it: three months' vacancy at 1,000 each, which one move at 10 ends.
        var scenario = Tiny.Build(3, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 2 },
              { "id": "q", "office": "b", "workNature": "w", "min": 1 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" } ]
            """);
        var plan = Construct.Judged(scenario, new() { ["c1"] = ["p", "p", "p"], ["c2"] = ["p", "p", "p"] });
        Assert.Equal(3000, plan.Verdict.Objective);

        var settled = Construct.Negotiation(scenario).Settle(plan, (_, _) => true, () => false, rounds: 10);

        Assert.Equal(10, settled.Verdict.Objective);
        Assert.Equal(["p p p", "q q q"], new[] { Construct.Row(settled, "c1"), Construct.Row(settled, "c2") }.Order());
        Construct.AssertHolds(scenario, settled);
    }

    [Fact]
    public void Settle_fills_posts_the_negotiation_of_a_random_medium_scenario_left_vacant()
    {
        // The negotiated plan of this scenario leaves vacant months, some of which one holder could fill.
        var scenario = Tiny.Load(RandomScenario.Json(0, medium: true));
        var negotiation = Construct.Negotiation(scenario);
        var plan = negotiation.Build(StayPutPlanner.Plan(scenario), () => false);
        Assert.NotNull(plan);

        var settled = negotiation.Settle(plan, (_, _) => true, () => false, rounds: 20);

        Assert.True(settled.Verdict.Terms.Vacancy < plan.Verdict.Terms.Vacancy, $"{plan.Verdict.Terms.Vacancy} -> {settled.Verdict.Terms.Vacancy}");
        Assert.True(settled.Verdict.Objective < plan.Verdict.Objective, $"{plan.Verdict.Objective} -> {settled.Verdict.Objective}");
        Construct.AssertHolds(scenario, settled);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(23)]
    [InlineData(33)]
    public void Settle_returns_a_plan_the_checker_holds_and_no_dearer_than_the_negotiated_one(int seed)
    {
        var scenario = Tiny.Load(RandomScenario.Json(seed, medium: true));
        var negotiation = Construct.Negotiation(scenario);
        var plan = negotiation.Build(StayPutPlanner.Plan(scenario), () => false);
        Assert.NotNull(plan);

        var settled = negotiation.Settle(plan, (_, _) => true, () => false, rounds: 20);

        Assert.InRange(settled.Verdict.Objective, long.MinValue, plan.Verdict.Objective);
        Construct.AssertHolds(scenario, settled);
    }

    [Fact]
    public void Settle_keeps_the_plan_when_its_home_leaves_a_cadre_only_a_full_post()
    {
        // Back home in office a, c1 could only crowd into pa: the change breaks a rule and is undone.
        var (scenario, negotiation, plan) = OpenedHomebound();

        var settled = negotiation.Settle(plan, InOfficeA, () => false, rounds: 10);

        Assert.Equal(Construct.Rows(plan), Construct.Rows(settled));
        Assert.Equal(plan.Verdict.Objective, settled.Verdict.Objective);
        Construct.AssertHolds(scenario, settled);
    }

    /// <summary>The <see cref="Homebound"/> case kept to office a until the negotiation stalls, then with every post open: its plan.</summary>
    private static (Scenario Scenario, Negotiation Negotiation, Constructed Plan) OpenedHomebound()
    {
        var scenario = Homebound();
        var negotiation = Construct.Negotiation(scenario, home: InOfficeA);
        Assert.Null(negotiation.Build(StayPutPlanner.Plan(scenario), () => false, patience: 5));
        negotiation.Open((_, _) => true);
        var plan = negotiation.Continue(() => false);
        Assert.NotNull(plan);
        return (scenario, negotiation, plan);
    }

    /// <summary>
    /// c1 has held p for the cycle max and must leave it at month 0; pa, the other post of office a, is held by locked c2,
    /// and qb in office b is free. No return within 3 months keeps c1 from going back to p after a month elsewhere.
    /// </summary>
    private static Scenario Homebound() => Tiny.Build(3, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "pa", "office": "a", "workNature": "w", "min": 0 },
          { "id": "qb", "office": "b", "workNature": "w", "min": 0 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2024-01" },
          { "id": "c2", "grade": 1, "post": "pa", "since": "2026-01", "locked": true } ]
        """, policy: """ "noReturnMonths": 3, """);

    /// <summary>c1's home is office a; everyone else's is everywhere.</summary>
    private static bool InOfficeA(Cadre cadre, Post post) => cadre.Id != "c1" || post.Office == "a";
}

/// <summary>Negotiated plans of whole scenarios, judged by the whole independent checker (objective and derived rows too).</summary>
internal static class Construct
{
    public static Negotiation Negotiation(Scenario scenario, int seed = 1, Func<Cadre, Post, bool>? home = null,
        long budget = Solver.Construction.Negotiation.Budget, int threads = 1) =>
        new(new PartJudge(scenario, (_, _) => true), SharedLimits.Of(scenario), seed, home, threads, budget);

    /// <summary>Hand-made rows with no courses, as a plan the judge holds.</summary>
    public static Constructed Judged(Scenario scenario, Dictionary<string, string?[]> rows)
    {
        var verdict = new PartJudge(scenario, (_, _) => true).Judge(rows, []);
        Assert.NotNull(verdict);
        return new(Roster.Of(scenario, rows), [], verdict);
    }

    /// <summary>A cadre's row as "post post -".</summary>
    public static string Row(Constructed plan, string cadre) => string.Join(' ', plan.Rows[cadre].Select(p => p ?? "-"));

    /// <summary>The negotiated plan from the stay-put plan, with no stop.</summary>
    public static Constructed? Negotiate(Scenario scenario, int seed = 1, int threads = 1) =>
        Negotiation(scenario, seed, threads: threads).Build(StayPutPlanner.Plan(scenario), () => false);

    /// <summary>The rule ids the stay-put plan breaks: a construction test means something only when there is one.</summary>
    public static string[] StayPutFaults(Scenario scenario) =>
        [.. new PartJudge(scenario, (_, _) => true).Faults(StayPutPlanner.Plan(scenario), []).Select(v => v.Id).Distinct()];

    public static void AssertHolds(Scenario scenario, Constructed plan) =>
        Tiny.AssertHolds(scenario, plan.Verdict.ToPlan(scenario, plan.Rows, plan.Trainings, plan.Verdict.Objective, 0));

    /// <summary>Every row as one line, "cadre: post post -", in cadre order.</summary>
    public static string[] Rows(Constructed plan) =>
        [.. plan.Rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {string.Join(' ', r.Value.Select(p => p ?? "-"))}")];
}
