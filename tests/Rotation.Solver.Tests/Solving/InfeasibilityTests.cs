using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

/// <summary>Planted contradictions come back Infeasible, with the planted rule among the named conflicts.</summary>
public class InfeasibilityTests
{
    private static readonly SolveOptions Explaining = Tiny.Reproducible with { ExplainInfeasibility = true };

    private static SolveResult SolveInfeasible(Scenario scenario)
    {
        var result = RotationSolver.Solve(scenario, Explaining, TimeProvider.System);
        Assert.Equal(PlanStatus.Infeasible, result.Plan.Status);
        Assert.Empty(result.Plan.Assignments);
        Assert.All(result.Plan.Conflicts, c => Assert.True(ConflictIds.IsWellFormed(c, scenario), c));
        Assert.Equal(result.Plan.Conflicts.Length, result.ConflictSentences.Count);
        // The checker accepts an Infeasible plan only with its months, no rows and at least one conflict.
        Tiny.AssertHolds(scenario, result.Plan);
        return result;
    }

    [Fact]
    public void A_critical_post_needing_two_holders_with_one_eligible_cadre_names_its_headcount_min()
    {
        // c2's grade keeps them out of q, so q can never have two holders.
        var scenario = Tiny.Build(2,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "a", "workNature": "w", "min": 2, "max": 2, "critical": true, "minGrade": 2 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 2, "post": "q", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" } ]
                """);

        var result = SolveInfeasible(scenario);

        Assert.Contains(result.Plan.Conflicts, c => c is "headcount.min:q:2027-01" or "headcount.min:q:2027-02");
    }

    [Fact]
    public void A_cadre_past_the_tenure_max_with_nowhere_to_go_names_their_tenure_max()
    {
        // Two years in p against a max of 12, and p is the only post.
        var scenario = Tiny.Build(3, tenure: """{ "min": 1, "max": 12 }""",
            posts: """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 } ]""",
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01" } ]""");

        var result = SolveInfeasible(scenario);

        Assert.Contains("tenure.max:c1", result.Plan.Conflicts);
    }

    [Fact]
    public void Cadres_who_avoid_each_other_in_a_single_office_organisation_name_their_avoidance()
    {
        var scenario = Tiny.Build(2, offices: """[{ "id": "a" }]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "a", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "avoid": ["c2"] },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" } ]
                """);

        var result = SolveInfeasible(scenario);

        Assert.Contains("avoidance:c1:c2", result.Plan.Conflicts);
    }

    [Fact]
    public void A_forced_move_in_a_blackout_month_names_both_the_tenure_max_and_the_blackout()
    {
        // c1 must leave p at month 0 (12 of 12 months served), but January is a blackout month of office a.
        var scenario = Tiny.Build(3, tenure: """{ "min": 1, "max": 12 }""",
            offices: """[{ "id": "a", "blackoutMonthsOfYear": [1] }, { "id": "b" }]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        var result = SolveInfeasible(scenario);

        Assert.Equal<string>(["blackout:a:2027-01", "tenure.max:c1"], result.Plan.Conflicts);
    }

    [Fact]
    public void A_joiner_whom_no_post_admits_by_grade_names_their_grade()
    {
        var scenario = Tiny.Build(3,
            posts: """[ { "id": "p", "office": "a", "workNature": "w", "min": 0, "minGrade": 2 } ]""",
            cadres: """[ { "id": "c1", "grade": 1, "joins": "2027-02" } ]""");

        var result = SolveInfeasible(scenario);

        Assert.Contains("grade:c1", result.Plan.Conflicts);
    }

    [Fact]
    public void A_cadre_forced_out_of_their_post_into_one_needing_a_competency_no_course_grants_names_it()
    {
        // c1 must leave p at month 0 and q needs k, which c1 lacks and no course teaches.
        var scenario = Tiny.Build(3, tenure: """{ "min": 1, "max": 12 }""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        var result = SolveInfeasible(scenario);

        Assert.Equal<string>(["competency:c1", "tenure.max:c1"], result.Plan.Conflicts);
    }

    [Fact]
    public void Without_explanation_an_infeasible_scenario_still_says_so_and_names_no_conflict()
    {
        var scenario = Tiny.Build(3, tenure: """{ "min": 1, "max": 12 }""",
            posts: """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 } ]""",
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01" } ]""");

        var plan = Tiny.Solve(scenario);

        Assert.Equal(PlanStatus.Infeasible, plan.Status);
        Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void A_pin_planted_against_a_lock_in_a_generated_case_names_both()
    {
        // A planted case whose plan keeps every rule, and one of its locked cadres pinned to another post for a month.
        var (scenario, _) = Families.Make(Families.Planted, 3, 26, 36, 1);
        var locked = scenario.Cadres.First(c => c.Locked && !c.IsJoiner);
        var other = scenario.Posts.First(p => p.Id != locked.Post && p.AdmitsGrade(locked.Grade) && p.Requires.All(locked.Competencies.Contains));
        var month = scenario.Horizon.MonthAt(5);
        var pinned = scenario with
        {
            Cadres = [.. scenario.Cadres.Select(c => c.Id == locked.Id ? c with { Pins = [new Pin(other.Id, new Domain.Time.MonthRange(month, month))] } : c)],
        };

        var result = SolveInfeasible(pinned);

        Assert.Contains($"pin:{locked.Id}:{month}", result.Plan.Conflicts);
        Assert.Contains($"locked:{locked.Id}", result.Plan.Conflicts);
    }
}
