using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Files;
using Rotation.Outputs.Report;
using Rotation.Solver;
using Rotation.Solver.Solving;

namespace Rotation.Runs.Tests;

public sealed class SolveRunTests : IDisposable
{
    private static readonly SolveOptions OneWorker = new() { Workers = 1, Seed = 1, TimeLimitSeconds = 10 };

    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_checked_plan_is_written_with_every_output_plan_json_last()
    {
        var result = SolveRun.Run(TwoOffices(cap: 2), OneWorker, _dir, TimeProvider.System);

        Assert.True(result.Accepted);
        Assert.Equal(PlanStatus.Optimal, result.Plan.Status);
        Assert.Equal(OutputSet.Files.Order(), result.Written.Select(Path.GetFileName).Order()!);
        Assert.Equal(OutputSet.PlanFile, Path.GetFileName(result.Written[^1]));
        Assert.False(File.Exists(Path.Combine(_dir, SolveRun.RejectedFile)));
    }

    [Fact]
    public void The_report_names_the_source_file_in_the_language_asked_for()
    {
        SolveRun.Run(TwoOffices(cap: 2), OneWorker, _dir, TimeProvider.System, "two.json", ReportWording.Chinese);

        var report = File.ReadAllText(Path.Combine(_dir, HtmlReport.File));
        Assert.Contains("<html lang=\"zh-CN\">", report);
        Assert.Contains(" 按 two.json 核验全部规则。</p>", report);
    }

    [Fact]
    public void An_infeasible_scenario_gets_its_report_and_plan_json_and_nothing_to_schedule()
    {
        // Two cadres, one post of headcount 1 they both must hold: no plan keeps H1.
        var result = SolveRun.Run(TwoOffices(cap: 1), OneWorker, _dir, TimeProvider.System);

        Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Check.Violations));
        Assert.Equal(PlanStatus.Infeasible, result.Plan.Status);
        Assert.Equal(["report.html", OutputSet.PlanFile], result.Written.Select(Path.GetFileName));
    }

    [Fact]
    public void A_plan_the_checker_rejects_is_written_only_as_plan_rejected_json()
    {
        var scenario = TwoOffices(cap: 2);

        var result = SolveRun.Run(scenario, OneWorker, _dir, TimeProvider.System, Misreported);

        Assert.False(result.Accepted);
        Assert.NotEmpty(result.Check.Violations);
        Assert.Equal([Path.Combine(_dir, SolveRun.RejectedFile)], result.Written);
        Assert.Equal([SolveRun.RejectedFile], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_rejected_plan_leaves_no_earlier_solves_files_and_an_accepted_one_no_rejected_plan()
    {
        var scenario = TwoOffices(cap: 2);
        SolveRun.Run(scenario, OneWorker, _dir, TimeProvider.System);

        SolveRun.Run(scenario, OneWorker, _dir, TimeProvider.System, Misreported);
        Assert.Equal([SolveRun.RejectedFile], Directory.GetFiles(_dir).Select(Path.GetFileName));

        SolveRun.Run(scenario, OneWorker, _dir, TimeProvider.System);
        Assert.Equal(OutputSet.Files.Order(), Directory.GetFiles(_dir).Select(Path.GetFileName).Order()!);
    }

    /// <summary>The solver's plan with its objective misreported by one: the checker rejects it under §4.</summary>
    private static SolveResult Misreported(Scenario s, SolveOptions o, TimeProvider c)
    {
        var solved = RotationSolver.Solve(s, o, c);
        return solved with { Plan = solved.Plan with { Objective = solved.Plan.Objective + 1 } };
    }

    /// <summary>Two cadres who may stay where they are, in one post of headcount <paramref name="cap"/>.</summary>
    private static Scenario TwoOffices(int cap)
    {
        var json = $$"""
            { "name": "run", "horizon": { "start": "2027-01", "months": 3 },
              "offices": [{ "id": "a" }], "workNatures": [{ "id": "w" }], "competencies": [], "courses": [],
              "posts": [{ "id": "a1", "office": "a", "workNature": "w", "min": 0, "max": {{cap}} }],
              "cadres": [{ "id": "c1", "grade": 1, "post": "a1", "since": "2026-01" },
                         { "id": "c2", "grade": 1, "post": "a1", "since": "2026-01" }],
              "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
            """;
        var loaded = ScenarioLoader.Load(json);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Value!;
    }
}
