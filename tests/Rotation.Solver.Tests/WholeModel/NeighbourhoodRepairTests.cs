using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Support;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Tests.WholeModel;

public class NeighbourhoodRepairTests
{
    private static readonly SolveOptions OneWorker = new() { Workers = 1, Seed = 1, TimeLimitSeconds = 10 };

    /// <summary>
    /// c1 may hold the critical post l only until month 4 (12 months served before the horizon, 17 at most), and the rows
    /// have them leave at month 2, so l is empty from then on. c2, in the same office, can fill it; c3 in office b would
    /// like l more but is outside the fault's neighbourhood, so the mend fills l with c2 and leaves c3's row as it was.
    /// </summary>
    [Fact]
    public void Rows_that_leave_a_critical_post_empty_are_mended_by_the_cadres_around_it_alone()
    {
        var scenario = Critical(c2Competencies: "[]");
        var near = Rows(("c1", "l l q q q q"), ("c2", "p p p p p p"), ("c3", "r r r r r r"));
        var judge = new PartJudge(scenario, (_, _) => true);
        Assert.Contains(judge.Faults(near, []), f => f.Id == "headcount.min" && f.Post == "l");

        var mended = NeighbourhoodRepair.Run(scenario, near, [], OneWorker, () => 10);

        Assert.NotNull(mended);
        Assert.NotNull(judge.Judge(mended.Value.Rows, mended.Value.Trainings));
        Assert.Equal(mended.Value.Verdict, judge.Judge(mended.Value.Rows, mended.Value.Trainings));
        Assert.Equal("r r r r r r", string.Join(' ', mended.Value.Rows["c3"]));
        Assert.Equal("l", mended.Value.Rows["c2"][5]);
    }

    /// <summary>When nobody can hold l (it requires k, which nobody has and no course grants), no neighbourhood mends the rows.</summary>
    [Fact]
    public void Rows_that_no_plan_can_mend_give_nothing()
    {
        var scenario = Critical(c2Competencies: "[]", requires: """["k"]""", c1Competencies: """["k"]""");
        var near = Rows(("c1", "l l q q q q"), ("c2", "p p p p p p"), ("c3", "r r r r r r"));

        Assert.Null(NeighbourhoodRepair.Run(scenario, near, [], OneWorker, () => 10));
    }

    /// <summary>Rows the checker already holds need no mending.</summary>
    [Fact]
    public void Rows_that_keep_every_rule_are_not_mended()
    {
        var scenario = Critical(c2Competencies: "[]");
        var near = Rows(("c1", "l l q q q q"), ("c2", "p p l l l l"), ("c3", "r r r r r r"));
        Assert.NotNull(new PartJudge(scenario, (_, _) => true).Judge(near, []));

        Assert.Null(NeighbourhoodRepair.Run(scenario, near, [], OneWorker, () => 10));
    }

    /// <summary>No time left: nothing is tried.</summary>
    [Fact]
    public void With_no_time_left_nothing_is_mended()
    {
        var scenario = Critical(c2Competencies: "[]");
        var near = Rows(("c1", "l l q q q q"), ("c2", "p p p p p p"), ("c3", "r r r r r r"));

        Assert.Null(NeighbourhoodRepair.Run(scenario, near, [], OneWorker, () => 0));
    }

    /// <summary>
    /// A planted scenario of the shape (26 cadres, 3 offices, tight cycles) on which the negotiation stalls with a
    /// critical post empty for two months: the careers' start mends its rows, and the solve ends with a checked plan
    /// instead of none.
    /// </summary>
    [Fact]
    public void A_tight_planted_scenario_whose_negotiation_stalls_gets_a_checked_plan()
    {
        var (scenario, _) = Families.Make(Families.Planted, 3, 26, 36, 4);

        var plan = Tiny.Solve(scenario, OneWorker with { Seed = 1, ExplainInfeasibility = false });

        Assert.True(plan.Status is PlanStatus.Feasible or PlanStatus.Optimal, $"status {plan.Status}");
        Tiny.AssertHolds(scenario, plan);
    }

    private static Dictionary<string, string?[]> Rows(params (string Cadre, string Posts)[] rows) =>
        rows.ToDictionary(r => r.Cadre, r => r.Posts.Split(' ').Select(p => p == "-" ? null : p).ToArray());

    /// <summary>Critical l (min 1) and p, q in office a; r in office b. c1 has held l since 2026-01.</summary>
    private static Scenario Critical(string c2Competencies, string requires = "[]", string c1Competencies = "[]") => Tiny.Build(6, $$"""
        [ { "id": "l", "office": "a", "workNature": "w", "min": 1, "critical": true, "requires": {{requires}} },
          { "id": "p", "office": "a", "workNature": "v", "min": 0 },
          { "id": "q", "office": "a", "workNature": "v", "min": 0 },
          { "id": "r", "office": "b", "workNature": "v", "min": 0 } ]
        """, $$"""
        [ { "id": "c1", "grade": 1, "post": "l", "since": "2026-01", "competencies": {{c1Competencies}} },
          { "id": "c2", "grade": 1, "post": "p", "since": "2026-06", "competencies": {{c2Competencies}} },
          { "id": "c3", "grade": 1, "post": "r", "since": "2026-06", "preferences": [ { "post": "l", "weight": 9 } ] } ]
        """, tenureByWorkNature: """{ "w": { "min": 1, "max": 17 } }""", policy: """ "noReturnMonths": 6, """);
}
