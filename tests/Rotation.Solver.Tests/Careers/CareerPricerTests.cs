using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;
using static Rotation.Solver.Tests.Careers.CareerKit;

namespace Rotation.Solver.Tests.Careers;

public class CareerPricerTests
{
    private const string TwoPosts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
          { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 1 } ]
        """;

    private const string InP = """ "id": "c1", "grade": 1, "post": "p", "since": "2027-01" """;

    /// <summary>
    /// One cadre in p (since the horizon start, L0 = 0) over 6 months, posts p and q, a cycle of 2–3 months, moves 10.
    /// Staying 6 months breaks max 3, so the starting stint ends by a move at month 2 or 3. A later stint starting at s runs
    /// to the end when 6 − s ≤ 3, or moves back at s+2 or s+3 (≤ 5). Counting completions f(s): f(5) = f(4) = 1,
    /// f(3) = 1 + f(5) = 2, f(2) = 0 + f(4) + f(5) = 2; so f(2) + f(3) = 4 careers:
    /// p p q q p p, p p q q q p (moves 2 and 4 or 5), p p p q q q, p p p q q p (move at 3, then perhaps 5).
    /// </summary>
    private static Scenario Cycle(string cadre = InP, string policy = "", string offices = """[{ "id": "a" }, { "id": "b" }]""",
        string posts = TwoPosts) =>
        Tiny.Build(6, posts, $"[ {{ {cadre} }} ]", policy: policy, tenure: """{ "min": 2, "max": 3 }""", offices: offices);

    private static readonly string[] AllFour = ["p p p q q p", "p p p q q q", "p p q q p p", "p p q q q p"];

    private static void AssertCareers(Scenario scenario, string[] expected, IReadOnlyList<Career> careers)
    {
        Assert.Equal(expected.Order(), careers.Select(c => Describe(scenario, c)).Order());
        foreach (var career in careers) AssertKept(scenario, career);
    }

    private static long Moves(Career career) => Enumerable.Range(0, career.Posts.Length).Count(t => career.MovesOutOf(t) >= 0);

    /// <summary>With one post there is nowhere to move: the only career stays, and costs the preference for p, 2 a month over 3 months.</summary>
    [Fact]
    public void A_cadre_in_a_one_post_scenario_has_exactly_one_career()
    {
        var scenario = Tiny.Build(3, """[ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 } ]""",
            """[ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01", "preferences": [ { "post": "p", "weight": 2 } ] } ]""");

        var careers = AllCareers(scenario);

        var career = Assert.Single(careers);
        Assert.Equal("p p p", Row(career));
        Assert.Empty(career.Trainings);
        Assert.Equal(-6, career.Cost);
        AssertKept(scenario, career);
    }

    /// <summary>The tenure cycle alone (see <see cref="Cycle"/>) leaves exactly 4 careers, each costing 10 a move.</summary>
    [Fact]
    public void Tenure_min_and_max_leave_exactly_the_hand_counted_careers()
    {
        var scenario = Cycle();

        var careers = AllCareers(scenario);

        AssertCareers(scenario, AllFour, careers);
        Assert.All(careers, c => Assert.Equal(10 * Moves(c), c.Cost));
        Assert.Equal([10, 20, 20, 20], careers.Select(c => c.Cost).Order());
    }

    /// <summary>
    /// With L0 = 1 (in p since 2026-12) the starting stint may end at month 1 or 2 (1 + e within 2–3): f(1) = f(3) + f(4) = 3
    /// and f(2) = 2, so 5 careers, the three new ones leaving at month 1.
    /// </summary>
    [Fact]
    public void Months_served_before_the_horizon_count_towards_the_starting_stint()
    {
        var scenario = Cycle(cadre: """ "id": "c1", "grade": 1, "post": "p", "since": "2026-12" """);

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p q q p p p", "p q q p p q", "p q q q p p", "p p q q p p", "p p q q q p"], careers);
    }

    /// <summary>Office b (q's) has its blackout in April, month 3: the two careers that enter q at month 3 are gone.</summary>
    [Fact]
    public void A_blackout_month_removes_the_careers_that_move_in_it()
    {
        var posts = TwoPosts.Replace("\"id\": \"q\", \"office\": \"a\"", "\"id\": \"q\", \"office\": \"b\"");
        Assert.Contains("\"office\": \"b\"", posts);
        var scenario = Cycle(posts: posts, offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [4] }]""");

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p p q q p p", "p p q q q p"], careers);
    }

    /// <summary>The cadre is away in May, month 4: p p q q p p, the one career that moves then, is gone.</summary>
    [Fact]
    public void An_unavailable_month_removes_the_careers_that_move_in_it()
    {
        var scenario = Cycle(cadre: InP + """, "unavailable": [ { "from": "2027-05", "to": "2027-05" } ] """);

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p p p q q p", "p p p q q q", "p p q q q p"], careers);
    }

    /// <summary>
    /// noReturnMonths 3: leaving p at 2 bars p until month 5, leaving it at 3 until month 6. p p q q p p (back at 4) and
    /// p p p q q p (back at 5 after leaving at 3) are gone; p p q q q p comes back at 5 = 2 + 3, just allowed.
    /// </summary>
    [Fact]
    public void No_return_months_remove_the_careers_that_return_too_soon()
    {
        var scenario = Cycle(policy: """ "noReturnMonths": 3, """);

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p p p q q q", "p p q q q p"], careers);
    }

    /// <summary>The same cycle for a locked cadre: locked cadres are exempt from tenure, so the one career stays 6 months in p.</summary>
    [Fact]
    public void A_locked_cadre_has_one_career()
    {
        var scenario = Cycle(cadre: InP + """, "locked": true """);

        var careers = AllCareers(scenario);

        var career = Assert.Single(careers);
        Assert.Equal("p p p p p p", Row(career));
        Assert.Equal(0, career.Cost);
        AssertKept(scenario, career);
    }

    /// <summary>
    /// A locked joiner stays in the post they join (SPEC §2) and, locked, is exempt from tenure (H6). Joining at month 0
    /// of 3 months with a 2-month maximum, and kept out of q by its competency k (no course grants it), the one career is
    /// p p p. (The random property below found this case.)
    /// </summary>
    [Fact]
    public void A_locked_joiner_keeps_the_post_joined_beyond_the_tenure_max()
    {
        var scenario = Tiny.Build(3, TwoPosts.Replace("\"max\": 1 } ]", "\"max\": 1, \"requires\": [\"k\"] } ]"),
            """[ { "id": "c1", "grade": 1, "post": null, "since": null, "joins": "2027-01", "locked": true } ]""",
            tenure: """{ "min": 1, "max": 2 }""");
        Assert.Equal("k", Assert.Single(scenario.Posts[1].Requires));
        Assert.Equal(0, Exhaustive.Solve(scenario)?.Objective);

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p p p"], careers);
        Assert.Equal(0, careers.Single().Cost);
    }

    /// <summary>
    /// q requires k, which the cadre lacks; course ck (1 month, cost 3) grants it, in sessions at months 0 and 2. Over 4
    /// months with a 2-month minimum the rows are p p p p, p p q q and p p p q. Entering q at 2 needs the session ending
    /// by 2, the one at 0; entering at 3 may take either. So 4 careers, those in q paying the move and the course, 13.
    /// </summary>
    [Fact]
    public void A_required_competency_is_trained_by_a_course_that_ends_by_the_move()
    {
        var scenario = Tiny.Build(4, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
              { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 1, "requires": ["k"] } ]
            """, $"[ {{ {InP} }} ]", tenure: """{ "min": 2, "max": 36 }""", courses: """
            [ { "id": "ck", "grants": "k", "months": 1, "cost": 3, "sessions": ["2027-01", "2027-03"] } ]
            """);

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["p p p p", "p p q q | ck@0", "p p p q | ck@0", "p p p q | ck@2"], careers);
        foreach (var career in careers)
        {
            var entry = Array.IndexOf(career.Posts, 1);
            if (entry < 0)
            {
                Assert.Empty(career.Trainings);
                Assert.Equal(0, career.Cost);
                continue;
            }
            var course = Assert.Single(career.Trainings);
            Assert.True(course.End <= entry, $"{Describe(scenario, career)}: the course ends at {course.End}, after the move at {entry}");
            Assert.Equal(3, course.Cost);
            Assert.Equal(10 + 3, career.Cost);
        }
    }

    /// <summary>
    /// Two courses grant k: "dear" (cost 5, sessions at months 0 and 2) and "cheap" (cost 1, at month 2 only; each a month
    /// long). Entering q at 2 needs a course that ends by 2, so only dear@0: 10 + 5 = 15. Entering at 3 or 4 may take
    /// cheap@2: 10 + 1 = 11. Price keeps, for each row, its cheapest course choice in time, which is the cheapest of
    /// Enumerate's careers with that row.
    /// </summary>
    [Fact]
    public void Price_takes_each_rows_cheapest_courses_that_end_in_time()
    {
        var scenario = Tiny.Build(5, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
              { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 1, "requires": ["k"] } ]
            """, $"[ {{ {InP} }} ]", tenure: """{ "min": 2, "max": 36 }""", courses: """
            [ { "id": "dear", "grants": "k", "months": 1, "cost": 5, "sessions": ["2027-01", "2027-03"] },
              { "id": "cheap", "grants": "k", "months": 1, "cost": 1, "sessions": ["2027-03"] } ]
            """);
        var (spaces, rows) = Spaces(scenario);
        CareerPricer Pricer() => new(scenario, spaces[0], rows, new double[rows.Rows.Count]);

        var cheapestByRow = Pricer().Enumerate(double.PositiveInfinity, Plenty)!
            .GroupBy(f => Row(f.Career)).ToDictionary(g => g.Key, g => g.Min(f => f.Career.Cost));
        var (least, priced) = Pricer().Price(double.PositiveInfinity, keep: Plenty);

        Assert.Equal(cheapestByRow.OrderBy(r => r.Key), priced.Select(f => KeyValuePair.Create(Row(f.Career), f.Career.Cost)).OrderBy(r => r.Key));
        Assert.Equal(15, cheapestByRow["p p q q q"]);
        Assert.Equal(11, cheapestByRow["p p p q q"]);
        Assert.Equal(11, cheapestByRow["p p p p q"]);
        Assert.Equal(0, least);
    }

    /// <summary>
    /// A joiner arriving in March (month 2) of a 4-month horizon, minimum 1: first post p or q at month 2, then stay or
    /// switch at 3: 4 careers, absent before month 2. Joining is no move, so only the switches cost 10.
    /// </summary>
    [Fact]
    public void A_joiners_careers_start_at_the_join_month()
    {
        var scenario = Tiny.Build(4, TwoPosts, """[ { "id": "c1", "grade": 1, "post": null, "since": null, "joins": "2027-03" } ]""");

        var careers = AllCareers(scenario);

        AssertCareers(scenario, ["- - p p", "- - p q", "- - q q", "- - q p"], careers);
        Assert.All(careers, c => Assert.Equal(c.Posts[2] == c.Posts[3] ? 0 : 10, c.Cost));
    }

    /// <summary>
    /// The cycle scenario with a liking for q (1 a month): p p p q q q costs 10 − 3 = 7, p p q q q p 20 − 3 = 17, the two
    /// others 20 − 2 = 18. At zero duals Price's least is the least Cost over Enumerate(+∞), its careers come cheapest
    /// first, at most <c>keep</c> of them and only those strictly below the entry; Enumerate keeps its threshold (inclusive)
    /// and gives up past its limit.
    /// </summary>
    [Fact]
    public void Price_finds_the_least_reduced_cost_and_the_cheapest_careers()
    {
        var scenario = Cycle(cadre: InP + """, "preferences": [ { "post": "q", "weight": 1 } ] """);
        var (spaces, rows) = Spaces(scenario);
        CareerPricer Pricer() => new(scenario, spaces[0], rows, new double[rows.Rows.Count]);

        var all = Pricer().Enumerate(double.PositiveInfinity, Plenty)!;
        Assert.Equal([7, 17, 18, 18], all.Select(f => f.Career.Cost).Order());
        Assert.All(all, f => Assert.Equal(f.Career.Cost, f.Reduced));

        var (least, cheapest) = Pricer().Price(double.PositiveInfinity, keep: 2);
        Assert.Equal(all.Min(f => f.Career.Cost), least);
        Assert.Equal(["p p p q q q", "p p q q q p"], cheapest.Select(f => Row(f.Career)));
        Assert.Equal([7.0, 17.0], cheapest.Select(f => f.Reduced));

        var (stillLeast, below) = Pricer().Price(entry: 17, keep: 10);
        Assert.Equal(7, stillLeast);
        Assert.Equal(["p p p q q q"], below.Select(f => Row(f.Career)));

        Assert.Equal(["p p p q q q", "p p q q q p"], Pricer().Enumerate(17, Plenty)!.Select(f => Row(f.Career)).Order());
        Assert.Null(Pricer().Enumerate(double.PositiveInfinity, limit: 3));
    }

    /// <summary>
    /// Two cadres, one q seat: q's headcount rows exist, and a dual of −5 on each makes every month in q cost 5 more. The
    /// reduced cost of each career is its cost less the duals of the rows <see cref="LinkingRows.Of"/> says it uses.
    /// </summary>
    [Fact]
    public void The_reduced_cost_is_the_cost_less_the_duals_of_the_rows_used()
    {
        var scenario = Tiny.Build(6, TwoPosts.Replace("\"id\": \"p\", \"office\": \"a\", \"workNature\": \"w\", \"min\": 0, \"max\": 1",
                "\"id\": \"p\", \"office\": \"a\", \"workNature\": \"w\", \"min\": 0, \"max\": 2"), $$"""
            [ { {{InP}} }, { "id": "c2", "grade": 1, "post": "p", "since": "2027-01" } ]
            """, tenure: """{ "min": 2, "max": 3 }""");
        var (spaces, rows) = Spaces(scenario);
        var duals = rows.Rows.Select(r => r.Name.StartsWith("headcount[q,") ? -5.0 : 0).ToArray();
        Assert.Equal(6, duals.Count(d => d != 0));
        Assert.DoesNotContain(rows.Rows, r => r.Name.StartsWith("headcount[p,"));

        var found = new CareerPricer(scenario, spaces[0], rows, duals).Enumerate(double.PositiveInfinity, Plenty)!;

        Assert.Equal(AllFour, found.Select(f => Row(f.Career)).Order());
        foreach (var (reduced, career) in found)
        {
            Assert.Equal(career.Cost + 5 * career.Posts.Count(k => k == 1), reduced, 9);
            Assert.Equal(career.Cost - rows.Of(career).Sum(r => duals[r]), reduced, 9);
        }
        // p p p q q q: 10 + 3·5.
        Assert.Equal(25, new CareerPricer(scenario, spaces[0], rows, duals).Price(double.PositiveInfinity, 1).Least, 9);
    }

    /// <summary>
    /// On each cadre of random tiny scenarios, alone in its scenario (<see cref="CareerKit.Alone"/>), the careers are
    /// exactly the plans the checker holds: every career is held with objective = its Cost; every row the checker holds
    /// with some course sessions is a career, whose least cost is that row's least objective; Price's least is the
    /// least of all (+∞ when there is none). Under random duals of the right signs the careers stay the same and each
    /// reduced cost is the cost less the duals of the rows used.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Careers_are_exactly_the_plans_the_checker_holds_for_a_cadre_alone() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), AgreeAlone);

    private static void AgreeAlone(int seed)
    {
        var json = RandomScenario.Json(seed);
        var cadres = Tiny.Load(json).Cadres.Length;
        for (var c = 0; c < cadres; c++)
        {
            var alone = Alone(json, c);
            var scenario = Tiny.Load(alone);
            string Story() => $"seed {seed}, cadre {c} alone:{Environment.NewLine}{alone}";
            Assert.True(Strategy.CareersApply(scenario, new SolveOptions()), Story());

            var careers = AllCareers(scenario);
            var byRow = new Dictionary<string, long>();
            foreach (var career in careers)
            {
                var verdict = Judge(scenario, career);
                Assert.True(verdict is not null, $"the career {Describe(scenario, career)} breaks a rule; {Story()}");
                Assert.True(verdict.Objective == career.Cost,
                    $"the career {Describe(scenario, career)} costs {career.Cost}, the checker counts {verdict.Objective} ({verdict.Terms}); {Story()}");
                var row = Row(career);
                byRow[row] = Math.Min(byRow.GetValueOrDefault(row, long.MaxValue), career.Cost);
            }
            Assert.True(careers.Select(k => k.Key).Distinct().Count() == careers.Count, "a career is listed twice; " + Story());

            var held = HeldRows(scenario);
            var missing = held.Keys.Except(byRow.Keys).ToList();
            var extra = byRow.Keys.Except(held.Keys).ToList();
            Assert.True(missing.Count == 0, $"rows the checker holds but no career has: {string.Join("; ", missing)}; {Story()}");
            Assert.True(extra.Count == 0, $"career rows the checker refuses: {string.Join("; ", extra)}; {Story()}");
            foreach (var (row, objective) in held)
                Assert.True(byRow[row] == objective, $"row {row}: least career cost {byRow[row]}, least objective {objective}; {Story()}");

            var (spaces, rows) = Spaces(scenario);
            var least = new CareerPricer(scenario, spaces[0], rows, new double[rows.Rows.Count]).Price(double.PositiveInfinity, 5).Least;
            Assert.True(least == (held.Count == 0 ? double.PositiveInfinity : held.Values.Min()), $"Price's least {least}; {Story()}");
            var exhaustive = Exhaustive.Solve(scenario);
            Assert.True((exhaustive?.Objective ?? double.PositiveInfinity) == least, $"exhaustive {exhaustive?.Objective}, Price {least}; {Story()}");

            // Random duals of the signs the master gives them.
            var rng = new Random(seed ^ c);
            var duals = rows.Rows.Select(r => r.Sense switch
            {
                RowSense.AtMost => -rng.Next(0, 30) / 2.0,
                RowSense.AtLeast => rng.Next(0, 30) / 2.0,
                _ => rng.Next(-30, 30) / 2.0,
            }).ToArray();
            var priced = new CareerPricer(scenario, spaces[0], rows, duals).Enumerate(double.PositiveInfinity, Plenty)!;
            Assert.Equal(careers.Select(k => k.Key).Order(), priced.Select(f => f.Career.Key).Order());
            foreach (var (reduced, career) in priced)
                Assert.True(Math.Abs(reduced - (career.Cost - rows.Of(career).Sum(r => duals[r]))) < 1e-9,
                    $"{Describe(scenario, career)}: reduced {reduced}, cost {career.Cost}; {Story()}");
            var leastPriced = new CareerPricer(scenario, spaces[0], rows, duals).Price(double.PositiveInfinity, 1).Least;
            Assert.True(Math.Abs((priced.Count == 0 ? double.PositiveInfinity : priced.Min(f => f.Reduced)) - leastPriced) < 1e-9 ||
                        priced.Count == 0 && double.IsPositiveInfinity(leastPriced), $"Price's least {leastPriced} under duals; {Story()}");
        }
    }

    /// <summary>
    /// Every row of the lone cadre (any post in each month present) with every set of course sessions in the horizon,
    /// judged by the checker: the rows it holds with some sessions, each with its least objective.
    /// </summary>
    private static Dictionary<string, long> HeldRows(Scenario scenario)
    {
        var cadre = scenario.Cadres[0];
        var months = scenario.Horizon.Months;
        var presence = Presence.Of(scenario, cadre);
        var sessions = scenario.Courses.SelectMany(course => course.Sessions.Distinct()
                .Select(s => (Course: course.Id, Start: scenario.Horizon.IndexOf(s))))
            .Where(s => s.Start >= 0 && s.Start < months)
            .Select(s => new Training(cadre.Id, s.Course, scenario.Horizon.MonthAt(s.Start).ToString()))
            .ToArray();
        var judge = new PartJudge(scenario, (_, _) => true);
        var held = new Dictionary<string, long>();
        var row = new string?[months];
        void Fill(int t)
        {
            if (t == months)
            {
                for (var mask = 0; mask < 1 << sessions.Length; mask++)
                {
                    var chosen = sessions.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
                    if (judge.Judge(new Dictionary<string, string?[]> { [cadre.Id] = row }, chosen) is not { } verdict) continue;
                    var key = string.Join(' ', row.Select(p => p ?? "-"));
                    held[key] = Math.Min(held.GetValueOrDefault(key, long.MaxValue), verdict.Objective);
                }
                return;
            }
            if (!presence.Contains(t))
            {
                row[t] = null;
                Fill(t + 1);
                return;
            }
            foreach (var post in scenario.Posts)
            {
                row[t] = post.Id;
                Fill(t + 1);
            }
        }
        Fill(0);
        return held;
    }
}
