using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Model;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Bounds;

public class VacancyBoundTests
{
    // p needs competency k, which only a course ending in month 4 grants; q and r are open to everyone.
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1, "requires": ["k"] },
          { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "r", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
        """;

    private const string Course = """[ { "id": "kc", "grants": "k", "months": 2, "capacity": 2, "cost": 1, "sessions": ["2027-03"] } ]""";

    private const string Tenure = """{ "min": 6, "max": 36 }""";

    private static long Bound(Scenario scenario)
    {
        var candidates = scenario.Cadres.Select(c => Candidates.PostsFor(scenario, c, Presence.Of(scenario, c))).ToArray();
        return VacancyBound.Of(new ScenarioIndex(scenario), candidates);
    }

    private static long LeastVacancy(Scenario scenario)
    {
        var vacancyOnly = scenario with { Policy = scenario.Policy with { Weights = new Weights(1, 0, 0, 0, 0, 0, 0) } };
        return Exhaustive.Solve(vacancyOnly)!.Objective;
    }

    /// <summary>
    /// c1 holds p and is away in months 2-3. Having started p at the horizon's start, c1 cannot move before month 6, so p
    /// is vacant in every plan; with a stint begun long ago, c1 moves to q first and c2 takes p.
    /// </summary>
    [Theory]
    [InlineData("2027-01", 2)]
    [InlineData("2025-01", 0)]
    public void An_unavailable_holder_is_a_vacancy_only_while_unable_to_leave(string since, long vacancy)
    {
        var scenario = Tiny.Build(6, Posts, tenure: Tenure, courses: Course, cadres: $$"""
            [ { "id": "c1", "grade": 1, "post": "p", "since": "{{since}}", "competencies": ["k"],
                "unavailable": [ { "from": "2027-03", "to": "2027-04" } ] },
              { "id": "c2", "grade": 1, "post": "q", "since": "2025-01", "competencies": ["k"] } ]
            """);

        Assert.Equal(vacancy, Bound(scenario));
        Assert.Equal(vacancy, LeastVacancy(scenario));
    }

    [Fact]
    public void A_post_nobody_can_hold_until_a_course_ends_is_vacant_until_then()
    {
        // c1 must leave p at month 0 (the cycle's max is reached) and may not return within the horizon; c2 gets k from
        // the course ending at month 4.
        var scenario = Tiny.Build(6, Posts, tenure: """{ "min": 1, "max": 24 }""", courses: Course, policy: """ "noReturnMonths": 12, """,
            cadres: """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01", "competencies": ["k"] },
              { "id": "c2", "grade": 1, "post": "q", "since": "2025-01" } ]
            """);

        Assert.Equal(4, Bound(scenario));
        Assert.Equal(4, LeastVacancy(scenario));
    }

    /// <summary>
    /// c1 joins p locked and holds it all four months, though p's cycle is one month and February is office b's blackout:
    /// a locked cadre is free of the cycle, so no month of p is vacant (a case the property test below found).
    /// </summary>
    [Fact]
    public void A_locked_joiner_holds_their_post_past_its_cycle()
    {
        var scenario = Tiny.Build(4, """[ { "id": "p", "office": "b", "workNature": "w", "min": 1, "max": 1 } ]""",
            tenure: """{ "min": 1, "max": 1 }""", offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [2] }]""",
            cadres: """[ { "id": "c1", "grade": 1, "joins": "2027-01", "locked": true } ]""");

        Assert.Equal(0, LeastVacancy(scenario));
        Assert.Equal(0, Bound(scenario));
    }

    [Fact]
    public void A_frozen_cell_pins_its_cadre()
    {
        // Without the freeze c2 could cover p while c1 is away; the published plan keeps c2 in r for the first 4 months.
        var published = """
            { "months": ["2027-01", "2027-02", "2027-03", "2027-04"],
              "assignments": [ { "cadre": "c1", "posts": ["p", "p", "p", "p"] }, { "cadre": "c2", "posts": ["r", "r", "r", "r"] } ] }
            """;
        var scenario = Tiny.Build(6, Posts, tenure: """{ "min": 1, "max": 36 }""", courses: Course, policy: """ "freezeMonths": 4, """,
            published: published, cadres: """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01", "competencies": ["k"],
                "unavailable": [ { "from": "2027-03", "to": "2027-04" } ] },
              { "id": "c2", "grade": 1, "post": "r", "since": "2025-01", "competencies": ["k"] } ]
            """);

        Assert.Equal(2, Bound(scenario));
        Assert.Equal(2, LeastVacancy(scenario));
    }

    /// <summary>No plan of a random tiny scenario has less vacancy than the bound, and the whole model-free bound is never above the optimum.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property The_bounds_hold_against_exhaustive_search_on_random_tiny_scenarios() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var json = RandomScenario.Json(seed);
            var scenario = Tiny.Load(json);
            if (Exhaustive.Solve(scenario) is not { } optimum) return;

            var vacancy = Bound(scenario);
            Assert.True(vacancy <= LeastVacancy(scenario), $"seed {seed}: vacancy bound {vacancy} above the least vacancy {LeastVacancy(scenario)}{Environment.NewLine}{json}");
            if (LowerBound.Applies(scenario.Policy.Weights))
                Assert.True(LowerBound.Of(scenario) <= optimum.Objective,
                    $"seed {seed}: bound {LowerBound.Of(scenario)} above the optimum {optimum.Objective}{Environment.NewLine}{json}");
        });
}
