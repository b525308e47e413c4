using System.Text.Json;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Experiments.Cells;
using Rotation.Solver.Solving;

namespace Rotation.Experiments.Tests;

public sealed class ExperimentRunTests : IDisposable
{
    private readonly SmallExperiment _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_small_experiment_writes_a_checked_plan_per_cell_the_results_the_summary_and_the_charts()
    {
        var outcome = ExperimentRun.Run(_files.Load(), _files.Out, 2, null, TimeProvider.System, CancellationToken.None);

        Assert.False(outcome.Stopped);
        Assert.Equal(6, outcome.Results.Length);
        Assert.All(outcome.Results, r => Assert.True(r.HasPlan, $"{r.Variant}/{r.Replication}: {r.Status} {r.Error}"));
        foreach (var r in outcome.Results)
        {
            var files = CellFiles.Of(_files.Out, r.Variant, r.Replication);
            var scenario = ScenarioLoader.Load(File.ReadAllBytes(files.Scenario)).Value!;
            var plan = PlanLoader.Load(File.ReadAllBytes(files.Plan)).Value!;
            Assert.True(PlanChecker.Check(scenario, plan).Holds);
            Assert.True(File.Exists(files.Draws));
        }
        for (var r = 0; r < 3; r++)
            Assert.Equal(File.ReadAllBytes(CellFiles.Of(_files.Out, "today", r).Draws), File.ReadAllBytes(CellFiles.Of(_files.Out, "cycle-30", r).Draws));
        using (var draws = JsonDocument.Parse(File.ReadAllBytes(CellFiles.Of(_files.Out, "today", 1).Draws)))
            foreach (var key in new[] { "leavers", "leaveSpells", "hires", "redraws" })
                Assert.Equal(JsonValueKind.Array, draws.RootElement.GetProperty(key).ValueKind);
        var csv = File.ReadAllLines(Path.Combine(_files.Out, "results.csv"));
        Assert.Equal(7, csv.Length);
        Assert.StartsWith("variant,replication,status,objective,vacancy,moves,excessMoves,trainingCost,crossOffice,preference,changes,", csv[0]);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_files.Out, "summary.json")));
        var objective = summary.RootElement.GetProperty("variants").GetProperty("cycle-30").GetProperty("objective");
        Assert.Equal(3, objective.GetProperty("n").GetInt32());
        foreach (var key in new[] { "mean", "sd", "ciLow", "ciHigh" }) Assert.True(objective.TryGetProperty(key, out _), key);
        var paired = summary.RootElement.GetProperty("paired").GetProperty("cycle-30").GetProperty("moves");
        foreach (var key in new[] { "n", "meanDiff", "ciLow", "ciHigh", "p" }) Assert.True(paired.TryGetProperty(key, out _), key);
        Assert.False(summary.RootElement.GetProperty("paired").TryGetProperty("today", out _));
        Assert.Contains("## `objective`", File.ReadAllText(Path.Combine(_files.Out, "summary.md")));
        Assert.True(File.Exists(Path.Combine(_files.Out, "charts", "kpi-objective.png")));
        Assert.True(File.Exists(Path.Combine(_files.Out, "charts", "paired-moves.png")));
        Assert.True(File.Exists(Path.Combine(_files.Out, "charts", "tradeoff-moves-crossOffice.png")));
    }

    [Fact]
    public void A_rerun_solves_only_the_cells_whose_plan_was_deleted_or_corrupted()
    {
        var experiment = _files.Load();
        ExperimentRun.Run(experiment, _files.Out, 2, null, TimeProvider.System, CancellationToken.None);
        File.Delete(CellFiles.Of(_files.Out, "cycle-30", 1).Plan);
        File.WriteAllText(CellFiles.Of(_files.Out, "today", 2).Plan, "{ \"status\": ");
        var solves = 0;

        var again = ExperimentRun.Run(experiment, _files.Out, 2, null, (s, o) =>
        {
            Interlocked.Increment(ref solves);
            return RotationSolver.Solve(s, o, TimeProvider.System);
        }, CancellationToken.None);

        Assert.Equal(2, solves);
        Assert.Equal(["cycle-30/1", "today/2"], again.Results.Where(r => !r.Reused).Select(r => $"{r.Variant}/{r.Replication}").Order());
        Assert.All(again.Results, r => Assert.True(r.HasPlan));
    }

    [Fact]
    public void A_cell_that_fails_is_a_row_with_its_error_and_the_others_still_run()
    {
        var outcome = ExperimentRun.Run(_files.Load(), _files.Out, 2, null, (s, o) =>
            s.Policy.Tenure.Default.Max == 30
                ? throw new InvalidOperationException("solver crashed")
                : RotationSolver.Solve(s, o, TimeProvider.System), CancellationToken.None);

        var failed = outcome.Results.Where(r => r.Status == CellResult.Failed).ToArray();
        Assert.Equal(3, failed.Length);
        Assert.All(failed, r => Assert.Equal("cycle-30", r.Variant));
        Assert.All(failed, r => Assert.Equal("InvalidOperationException: solver crashed", r.Error));
        Assert.Contains(outcome.Results, r => r.HasPlan);
        var csv = File.ReadAllLines(Path.Combine(_files.Out, "results.csv"));
        Assert.Contains(csv, line => line.StartsWith("cycle-30,", StringComparison.Ordinal) && line.Contains(",Failed,", StringComparison.Ordinal) &&
                                     line.EndsWith("InvalidOperationException: solver crashed", StringComparison.Ordinal));
        Assert.Equal(outcome.Results.Count(r => r.HasPlan),
            JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_files.Out, "summary.json"))).RootElement.GetProperty("cellsWithPlan").GetInt32());
    }

    [Fact]
    public void A_stop_leaves_the_finished_cells_and_writes_no_summary()
    {
        using var stop = new CancellationTokenSource();
        var done = 0;
        var outcome = ExperimentRun.Run(_files.Load(), _files.Out, 1, null, (s, o) =>
        {
            if (Interlocked.Increment(ref done) == 3) stop.Cancel();
            return RotationSolver.Solve(s, o, TimeProvider.System);
        }, stop.Token);

        Assert.True(outcome.Stopped);
        Assert.Equal(2, outcome.Results.Length);
        Assert.All(outcome.Results, r => Assert.True(File.Exists(CellFiles.Of(_files.Out, r.Variant, r.Replication).Plan)));
        Assert.False(File.Exists(Path.Combine(_files.Out, "summary.json")));
        Assert.Empty(Directory.GetFiles(_files.Out, "*.tmp", SearchOption.AllDirectories));
    }

}
