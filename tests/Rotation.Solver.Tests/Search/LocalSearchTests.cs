using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

public class LocalSearchTests
{
    private const string Posts = """
        [ { "id": "p1", "office": "a", "workNature": "w", "min": 1, "max": 1, "requires": ["k"] },
          { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 2 } ]
        """;

    /// <summary>p1's cycle is at most 3 months, so c1 must leave it at month 3 and p1 falls vacant unless c2 takes it.</summary>
    private static Scenario ForcedLeaver(string c2Competencies = """["k"]""", string courses = "[]") => Tiny.Build(6, Posts,
        $$"""
        [ { "id": "c1", "grade": 1, "post": "p1", "since": "2027-01", "competencies": ["k"] },
          { "id": "c2", "grade": 1, "post": "g", "since": "2027-01", "competencies": {{c2Competencies}} } ]
        """,
        tenureByWorkNature: """{ "w": { "min": 1, "max": 3 } }""", courses: courses);

    private static readonly Dictionary<string, string?[]> LeaverToG = new()
    {
        ["c1"] = ["p1", "p1", "p1", "g", "g", "g"],
        ["c2"] = ["g", "g", "g", "g", "g", "g"],
    };

    [Fact]
    public void A_post_left_vacant_is_filled_by_someone_who_may_take_it()
    {
        var scenario = ForcedLeaver();

        var search = Improve(scenario, LeaverToG);

        Assert.Equal("g g g p1 p1 p1", Row(search, "c2"));
        Assert.Equal(new Terms(0, 2, 0, 0, 0, 0, 0), search.Verdict.Terms);
        Assert.Equal(20, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_replacement_without_the_competency_is_trained_first()
    {
        var scenario = ForcedLeaver(c2Competencies: "[]", courses: """
            [ { "id": "kc", "grants": "k", "months": 1, "cost": 3, "sessions": ["2027-02", "2027-03"] } ]
            """);

        var search = Improve(scenario, LeaverToG);

        Assert.Equal("g g g p1 p1 p1", Row(search, "c2"));
        // The later session still ends by month 3, when c2 starts in p1.
        Assert.Equal([new Training("c2", "kc", "2027-03")], search.Trainings);
        Assert.Equal(20 + 3, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void Nobody_is_moved_into_a_post_they_cannot_hold()
    {
        // c2 lacks the competency and no course grants it; c1 may come back after a month away (no return limit).
        var scenario = ForcedLeaver(c2Competencies: "[]");

        var search = Improve(scenario, LeaverToG);

        Assert.Equal("g g g g g g", Row(search, "c2"));
        Assert.Equal("p1 p1 p1 g p1 p1", Row(search, "c1"));
        Assert.Equal(1000 + 2 * 10, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_pinned_cadre_covers_a_vacancy_only_outside_the_pinned_months()
    {
        // As above, but c2 is pinned to g from month 3, when p1 would fall vacant: c2 covers p1 for month 2 alone, while
        // c1 spends it in g and comes back for three more months. Four moves, no vacancy, and the pin kept.
        var scenario = Tiny.Build(6, Posts, """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2027-01", "competencies": ["k"] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2027-01", "competencies": ["k"],
                "pins": [ { "post": "g", "from": "2027-04", "to": "2027-06" } ] } ]
            """, tenureByWorkNature: """{ "w": { "min": 1, "max": 3 } }""");

        var search = Improve(scenario, LeaverToG);

        Assert.Equal("g g p1 g g g", Row(search, "c2"));
        Assert.Equal("p1 p1 g p1 p1 p1", Row(search, "c1"));
        Assert.Equal(4 * 10, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_replacement_arrives_in_place_of_a_later_arrival_who_then_stays_put()
    {
        // p1 is short in months 3 and 4 until c3 arrives at 5. A stint in p1 lasts exactly 3 months unless the horizon
        // cuts it, so c2 cannot cover the two months and leave again: c2 takes p1 for good and c3 stays in g.
        var scenario = Tiny.Build(6, Posts.Replace("\"max\": 2", "\"max\": 3"), """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2027-01", "competencies": ["k"] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2027-01", "competencies": ["k"] },
              { "id": "c3", "grade": 1, "post": "g", "since": "2027-01", "competencies": ["k"] } ]
            """, tenureByWorkNature: """{ "w": { "min": 3, "max": 3 } }""");
        var start = new Dictionary<string, string?[]>
        {
            ["c1"] = ["p1", "p1", "p1", "g", "g", "g"],
            ["c2"] = ["g", "g", "g", "g", "g", "g"],
            ["c3"] = ["g", "g", "g", "g", "g", "p1"],
        };

        var search = Improve(scenario, start);

        Assert.Equal("g g g p1 p1 p1", Row(search, "c2"));
        Assert.Equal("g g g g g g", Row(search, "c3"));
        Assert.Equal(20, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void Two_cadres_due_to_leave_trade_posts_and_leave_neither_short()
    {
        // Both posts last at most 4 months; c2 has served 3 before the horizon and must leave p2 at month 1. Trading at
        // month 1 starts two new stints that the 5-month horizon cuts in time.
        var scenario = Tiny.Build(5, """
            [ { "id": "p1", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "p2", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2027-01" },
              { "id": "c2", "grade": 1, "post": "p2", "since": "2026-10" } ]
            """, tenureByWorkNature: """{ "w": { "min": 1, "max": 4 } }""");
        var start = new Dictionary<string, string?[]>
        {
            ["c1"] = ["p1", "p1", "p1", "p1", "g"],
            ["c2"] = ["p2", "g", "g", "g", "g"],
        };

        var search = Improve(scenario, start);

        Assert.Equal("p1 p2 p2 p2 p2", Row(search, "c1"));
        Assert.Equal("p2 p1 p1 p1 p1", Row(search, "c2"));
        Assert.Equal(20, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_cadre_visits_a_new_office_in_the_last_month()
    {
        var scenario = TwoOffices(""" [{ "id": "a" }, { "id": "b" }] """, maxPerPost: 2);

        var search = Improve(scenario, new() { ["c1"] = ["ga", "ga", "ga", "ga"], ["c2"] = ["gb", "gb", "gb", "gb"] });

        // Each visit: one move (10) and one new office (−40); late, so nothing else changes.
        Assert.Equal("ga ga ga gb", Row(search, "c1"));
        Assert.Equal("gb gb gb ga", Row(search, "c2"));
        Assert.Equal(-60, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void Cadres_in_full_posts_trade_them()
    {
        var scenario = TwoOffices(""" [{ "id": "a" }, { "id": "b" }] """, maxPerPost: 1);

        var search = Improve(scenario, new() { ["c1"] = ["ga", "ga", "ga", "ga"], ["c2"] = ["gb", "gb", "gb", "gb"] });

        Assert.Equal("ga ga ga gb", Row(search, "c1"));
        Assert.Equal("gb gb gb ga", Row(search, "c2"));
        Assert.Equal(-60, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_visit_waits_for_no_blackout_month()
    {
        // Office b's blackout is April, month 3: the visit moves a month earlier.
        var scenario = TwoOffices(""" [{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [4] }] """, maxPerPost: 2, onlyC1: true);

        var search = Improve(scenario, new() { ["c1"] = ["ga", "ga", "ga", "ga"] });

        Assert.Equal("ga ga gb gb", Row(search, "c1"));
        Assert.Equal(-30, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void A_joiner_not_yet_present_counts_no_departure()
    {
        // Office b's blackouts leave month 0 as the only month to visit it, and the departure limit is then counted over
        // everyone at month 0, the joiner too, who has no month before.
        var scenario = Tiny.Build(4, """
            [ { "id": "ga", "office": "a", "workNature": "v", "min": 0, "max": 2 },
              { "id": "gb", "office": "b", "workNature": "v", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "ga", "since": "2026-01" },
              { "id": "c3", "grade": 1, "post": null, "since": null, "joins": "2027-03" } ]
            """, policy: """ "maxDeparturesPerOfficePerMonth": 1, """, weights: """ "move": 10, "excessMoves": 0, "crossOffice": 40 """,
            offices: """ [{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [2, 3, 4] }] """);

        var search = Improve(scenario, new() { ["c1"] = ["ga", "ga", "ga", "ga"], ["c3"] = [null, null, "ga", "ga"] });

        Assert.Equal("gb gb gb gb", Row(search, "c1"));
        Assert.Equal(-30, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    [Fact]
    public void With_no_time_the_plan_is_left_as_it_is()
    {
        var scenario = ForcedLeaver();
        var judge = new PartJudge(scenario, (_, _) => true);
        var start = judge.Judge(LeaverToG, [])!;

        var search = new LocalSearch(judge, LeaverToG, [], start, timeUp: () => true);
        search.Run();

        Assert.Equal("g g g g g g", Row(search, "c2"));
        Assert.Same(start, search.Verdict);
    }

    [Fact]
    public void The_judge_rejects_a_broken_rule_and_a_broken_shared_limit_and_counts_the_terms()
    {
        var scenario = ForcedLeaver();
        var open = new PartJudge(scenario, (_, _) => true);
        var shut = new PartJudge(scenario, (_, _) => false);
        var overstay = new Dictionary<string, string?[]>(LeaverToG) { ["c1"] = ["p1", "p1", "p1", "p1", "g", "g"] };

        Assert.Null(open.Judge(overstay, []));
        Assert.Null(shut.Judge(LeaverToG, []));
        Assert.Equal(new Verdict(new Terms(3, 1, 0, 0, 0, 0, 0), 3010), open.Judge(LeaverToG, []));
    }

    private static Scenario TwoOffices(string offices, int maxPerPost, bool onlyC1 = false) => Tiny.Build(4,
        $$"""
        [ { "id": "ga", "office": "a", "workNature": "v", "min": 0, "max": {{maxPerPost}} },
          { "id": "gb", "office": "b", "workNature": "v", "min": 0, "max": {{maxPerPost}} } ]
        """,
        onlyC1
            ? """[ { "id": "c1", "grade": 1, "post": "ga", "since": "2027-01" } ]"""
            : """
              [ { "id": "c1", "grade": 1, "post": "ga", "since": "2027-01" },
                { "id": "c2", "grade": 1, "post": "gb", "since": "2027-01" } ]
              """,
        weights: """ "move": 10, "excessMoves": 0, "crossOffice": 40 """, offices: offices);

    /// <summary>
    /// c1 holds p1 and is away in months 3 and 4, when p1 counts as vacant; c1 cannot move while away. So c1 leaves p1
    /// before (at month 2 at the latest) and c2 takes it over: two moves (20) instead of two vacancy-months (2000).
    /// </summary>
    [Fact]
    public void A_holder_who_will_be_away_hands_the_post_over_beforehand()
    {
        var scenario = Tiny.Build(6, Posts, """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2026-01", "competencies": ["k"],
                "unavailable": [ { "from": "2027-04", "to": "2027-05" } ] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01", "competencies": ["k"] } ]
            """);

        var search = Improve(scenario, new() { ["c1"] = ["p1", "p1", "p1", "p1", "p1", "p1"], ["c2"] = ["g", "g", "g", "g", "g", "g"] });

        Assert.Equal(0, search.Verdict.Terms.Vacancy);
        Assert.Equal(20, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    /// <summary>
    /// c1 must leave p at month 3 and fills q, which c2 leaves then for office b: a move that earns c1 nothing. Rerouted,
    /// c1 visits b instead and q's cheapest holder is c2, who stays; then c3, at their best career only after a visit
    /// to b, goes there too, in the same pass.
    /// </summary>
    [Fact]
    public void A_cadre_short_of_their_best_career_is_rerouted_and_the_post_they_leave_refilled()
    {
        var scenario = Tiny.Build(6, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
              { "id": "q", "office": "a", "workNature": "v", "min": 1, "max": 1 },
              { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 1 },
              { "id": "bq", "office": "b", "workNature": "v", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01" },
              { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" },
              { "id": "c3", "grade": 1, "post": "g", "since": "2027-01" } ]
            """, weights: """ "move": 10, "excessMoves": 30, "crossOffice": 40 """, tenureByWorkNature: """{ "w": { "min": 1, "max": 3 } }""");
        var rows = new Dictionary<string, string?[]>
        {
            ["c1"] = ["p", "p", "p", "q", "q", "q"],
            ["c2"] = ["q", "q", "q", "bq", "bq", "bq"],
            ["c3"] = ["g", "g", "g", "g", "g", "g"],
        };
        var judge = new PartJudge(scenario, (_, _) => true);
        var search = new LocalSearch(judge, rows, [], judge.Judge(rows, [])!, timeUp: () => false);
        Assert.Equal(-20, search.Verdict.Objective);

        // One pass: c1 first, to office b; q's cheapest holder then is c2, who stays. Then c3, short of a visit to b as
        // well. Whoever holds q at the end gains nothing (a visit and a return cost more than the visit earns), so -60
        // is the least any plan costs, and a second pass finds nobody to reroute.
        Assert.True(search.Reroute());
        Assert.Equal("bq", search.Rows["c1"][5]);
        Assert.Equal("q q q q q q", Row(search, "c2"));
        Assert.Equal("bq", search.Rows["c3"][5]);
        Assert.False(search.Reroute());
        Assert.Equal(-60, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    /// <summary>Nobody is rerouted when everyone's own terms are already those of their best career.</summary>
    [Fact]
    public void Nobody_at_their_best_career_is_rerouted()
    {
        var scenario = TwoOffices(""" [{ "id": "a" }, { "id": "b" }] """, maxPerPost: 2);
        var rows = new Dictionary<string, string?[]> { ["c1"] = ["ga", "ga", "ga", "gb"], ["c2"] = ["gb", "gb", "gb", "ga"] };
        var judge = new PartJudge(scenario, (_, _) => true);
        var search = new LocalSearch(judge, rows, [], judge.Judge(rows, [])!, timeUp: () => false);

        Assert.False(search.Reroute());
        Assert.Equal(-60, search.Verdict.Objective);
    }

    /// <summary>
    /// Two searches of one cluster side by side: the plan one found is adopted by the other, whose descents then start
    /// from it. Here the clock is always up, so the step changes nothing and the adopted plan is what it holds.
    /// </summary>
    [Fact]
    public void A_plan_adopted_from_a_search_beside_it_is_where_the_next_descent_starts()
    {
        var scenario = ForcedLeaver();
        var judge = new PartJudge(scenario, (_, _) => true);
        var search = new LocalSearch(judge, LeaverToG, [], judge.Judge(LeaverToG, [])!, timeUp: () => true, firstDescent: 2);
        var filled = new Dictionary<string, string?[]> { ["c1"] = LeaverToG["c1"], ["c2"] = ["g", "g", "g", "p1", "p1", "p1"] };

        search.Adopt(filled, [], judge.Judge(filled, [])!);
        search.Step();

        Assert.Equal("g g g p1 p1 p1", Row(search, "c2"));
        Assert.Equal(20, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    private static string Row(LocalSearch search, string cadre) => string.Join(' ', search.Rows[cadre].Select(p => p ?? "-"));

    private static LocalSearch Improve(Scenario scenario, Dictionary<string, string?[]> rows)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var start = judge.Judge(rows, []);
        Assert.NotNull(start);
        var search = new LocalSearch(judge, rows, [], start, timeUp: () => false);
        search.Run();
        return search;
    }

    /// <summary>The search's plan, assembled as a plan file, passes the whole independent checker.</summary>
    private static void AssertHolds(Scenario scenario, LocalSearch search)
    {
        var posts = search.Rows.ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value);
        var plan = PlanAssembler.Assemble(scenario, new Decisions(posts, [.. search.Trainings]), PlanStatus.Feasible,
            search.Verdict.Terms, search.Verdict.Objective, search.Verdict.Objective - 1000, 0);
        Tiny.AssertHolds(scenario, plan);
    }

    /// <summary>
    /// A generated office of 15 cadres whose stay-put plan leaves specialist posts short after forced moves: a trade for
    /// good before such a move must undo later arrivals in the two posts, or months stay vacant; every month can be
    /// covered.
    /// </summary>
    [Fact]
    public void A_trade_before_a_forced_move_undoes_later_arrivals_in_the_two_posts() => AssertNoVacancyLeft(generatorSeed: 7);

    /// <summary>
    /// A generated office of 15 cadres in which forced moves leave specialist posts short and no single fill or trade
    /// covers them: someone's best career moves them into the short post while their own is left to the next link of the
    /// chain. Without the chains those months stay vacant.
    /// </summary>
    [Fact]
    public void Short_posts_are_filled_by_chains_of_best_responses() => AssertNoVacancyLeft(generatorSeed: 27);

    /// <summary>
    /// A generated office of 15 cadres where a trade before a forced move pays only once the posts the traders leave are
    /// filled: a response chain follows the trade. Without it those posts stay vacant.
    /// </summary>
    [Fact]
    public void A_trade_that_leaves_a_post_short_is_followed_by_a_response_chain() => AssertNoVacancyLeft(generatorSeed: 14);

    /// <summary>
    /// A kick from a generated office's stay-put plan reroutes one or two cadres, whatever it costs, and the plan it leaves
    /// keeps every rule, with the checker's own verdict.
    /// </summary>
    [Fact]
    public void A_kick_reroutes_at_most_two_cadres_and_keeps_every_rule()
    {
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Rotation.Generation.ScenarioGenerator.Generate(new Rotation.Generation.GeneratorOptions(1, 15, 36, 14))));
        var judge = new PartJudge(scenario, (_, _) => true);
        var rows = Rotation.Solver.Construction.StayPutPlanner.Plan(scenario);
        var search = new LocalSearch(judge, rows, [], judge.Judge(rows, [])!, timeUp: () => false);

        search.Kick(new Random(1));

        Assert.InRange(rows.Count(r => !r.Value.AsSpan().SequenceEqual(search.Rows[r.Key])), 1, 2);
        Assert.Equal(judge.Judge(search.Rows, search.Trainings)!.Objective, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    /// <summary>
    /// c1 already has their best career (staying costs nothing), so no kick reroutes them to gain; a kick then bars one
    /// of their stints instead, so that a search stuck where everyone has their best career still gets out.
    /// </summary>
    [Fact]
    public void A_kick_with_no_cadre_to_gain_bars_someone_from_a_stint()
    {
        var scenario = Tiny.Build(3, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
              { "id": "q", "office": "a", "workNature": "w", "min": 0 } ]
            """,
            """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");
        var judge = new PartJudge(scenario, (_, _) => true);
        var rows = new Dictionary<string, string?[]> { ["c1"] = ["p", "p", "p"] };
        var search = new LocalSearch(judge, rows, [], judge.Judge(rows, [])!, timeUp: () => false);

        search.Kick(new Random(1));

        Assert.Equal("q q q", Row(search, "c1"));
        Assert.Equal(10, search.Verdict.Objective);
        AssertHolds(scenario, search);
    }

    /// <summary>
    /// A caller sharing time between searches makes the descents one at a time: a generated office's search, stopped
    /// after each of its first twelve, ends where a search asked to stop after twelve does, and keeps every rule.
    /// </summary>
    [Fact]
    public void Descents_made_one_at_a_time_end_where_a_run_stopped_after_as_many_ends()
    {
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Rotation.Generation.ScenarioGenerator.Generate(new Rotation.Generation.GeneratorOptions(2, 20, 24, 7))));
        LocalSearch? whole = null;
        whole = FirstRows.Search(scenario, () => whole!.Descents >= 12, seed: 3)!;
        var stepped = FirstRows.Search(scenario, () => false, seed: 3)!;

        whole.Run();
        var objectives = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            stepped.Step();
            objectives.Add(stepped.Verdict.Objective);
        }

        Assert.Equal(12, whole.Descents);
        Assert.Equal(whole.Verdict.Objective, stepped.Verdict.Objective);
        Assert.Equal(objectives.OrderDescending(), objectives);
        Assert.True(objectives[^1] < FirstRows.Search(scenario, () => false, 3)!.Verdict.Objective);
        AssertHolds(scenario, stepped);
    }

    [Fact]
    public void A_judge_of_another_part_is_refused()
    {
        var search = FirstRows.Search(Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Rotation.Generation.ScenarioGenerator.Generate(new Rotation.Generation.GeneratorOptions(1, 15, 12, 1)))), () => false, 0)!;
        var other = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Rotation.Generation.ScenarioGenerator.Generate(new Rotation.Generation.GeneratorOptions(1, 15, 12, 2))));

        search.Judge = new PartJudge(search.Judge.Part, (_, _) => true);
        Assert.Throws<ArgumentException>(() => search.Judge = new PartJudge(other, (_, _) => true));
    }

    /// <summary>The whole search from the stay-put plan of a generated office (15 cadres, 36 months) ends with every post covered.</summary>
    private static void AssertNoVacancyLeft(int generatorSeed)
    {
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Rotation.Generation.ScenarioGenerator.Generate(new Rotation.Generation.GeneratorOptions(1, 15, 36, generatorSeed))));
        var search = FirstRows.Search(scenario, () => false, 0)!;

        search.Run();

        Assert.Equal(0, search.Verdict.Terms.Vacancy);
        Tiny.AssertHolds(scenario, search.Verdict.ToPlan(scenario, search.Rows, search.Trainings, 0, 0));
    }
}
