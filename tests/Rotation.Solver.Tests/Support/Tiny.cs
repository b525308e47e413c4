using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Solving;

namespace Rotation.Solver.Tests.Support;

/// <summary>Small hand-made scenarios: built from JSON fragments, solved reproducibly, checked by the independent checker.</summary>
internal static class Tiny
{
    /// <summary>The weights most tests use: moves cost 10, excess moves and office changes are neutral, the rest default.</summary>
    public const string PlainWeights = """ "move": 10, "excessMoves": 0, "crossOffice": 0 """;

    /// <summary>One worker and a fixed seed: the same plan every run (SPEC §6).</summary>
    public static readonly SolveOptions Reproducible = new() { Workers = 1, Seed = 7, TimeLimitSeconds = 10, ExplainInfeasibility = false };

    /// <summary>
    /// A scenario from 2027-01 over offices a and b (unless given), work natures w and v, competencies k and m.
    /// <paramref name="policy"/> holds extra policy fields, each followed by a comma.
    /// </summary>
    public static Scenario Build(int months, string posts, string cadres, string policy = "", string weights = PlainWeights,
        string tenure = """{ "min": 1, "max": 36 }""", string courses = "[]", string offices = """[{ "id": "a" }, { "id": "b" }]""",
        string published = "null", string tenureByWorkNature = "{}")
    {
        var json = $$"""
            { "name": "tiny", "horizon": { "start": "2027-01", "months": {{months}} },
              "offices": {{offices}}, "workNatures": [ { "id": "w" }, { "id": "v" } ],
              "competencies": ["k", "m"], "courses": {{courses}},
              "posts": {{posts}}, "cadres": {{cadres}},
              "policy": { {{policy}} "tenure": { "default": {{tenure}}, "byWorkNature": {{tenureByWorkNature}} },
                          "weights": { {{weights}} } },
              "published": {{published}} }
            """;
        return Load(json);
    }

    public static Scenario Load(string json)
    {
        var loaded = ScenarioLoader.Load(json);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems.Select(p => p.ToString())) + Environment.NewLine + json);
        return loaded.Value!;
    }

    public static Plan Solve(Scenario scenario, SolveOptions? options = null) =>
        RotationSolver.Solve(scenario, options ?? Reproducible, TimeProvider.System).Plan;

    /// <summary>Solves, expects a proven optimum, and expects the independent checker to accept the plan.</summary>
    public static Plan SolveOptimal(Scenario scenario)
    {
        var plan = Solve(scenario);
        Assert.Equal(PlanStatus.Optimal, plan.Status);
        AssertHolds(scenario, plan);
        return plan;
    }

    public static void AssertHolds(Scenario scenario, Plan plan)
    {
        var report = PlanChecker.Check(scenario, plan);
        Assert.True(report.Holds, string.Join(Environment.NewLine, report.Violations));
    }

    /// <summary>Asserts a cadre's row, written as post ids separated by spaces with "-" for no post.</summary>
    public static void AssertRow(Plan plan, string cadre, string expected)
    {
        var want = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p == "-" ? null : p);
        var row = plan.Assignments.Single(a => a.Cadre == cadre).Posts;
        Assert.Equal(string.Join(' ', want.Select(p => p ?? "-")), string.Join(' ', row.Select(p => p ?? "-")));
    }

    public static string? PostOf(Plan plan, string cadre, int month) => plan.Assignments.Single(a => a.Cadre == cadre).Posts[month];
}
