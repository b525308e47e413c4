using System.Diagnostics;
using Npgsql;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Service.Tests.Scale.Support;
using Rotation.Service.Tests.Support;
using Xunit.Abstractions;

namespace Rotation.Service.Tests.Scale;

/// <summary>
/// <c>rotation experiment --store</c> against a real cluster: the cells go to the workers as jobs, their plans come back
/// checked into --out, and a re-run queues nothing that the store already has.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterCellsTests(PostgresServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_two_workers_when_an_experiment_runs_with_store_then_its_cells_are_spread_over_them_and_a_rerun_queues_nothing()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 2);
        using var files = new SmallExperiment();

        var first = await ExperimentAsync(files, cluster.Store);

        Assert.True(first.ExitCode == 0, first.Log);
        Assert.Contains("6 of 6 cells have a checked plan", first.Log);
        var runs = cluster.Workers();
        Assert.Equal(6, runs.Count);
        Assert.Equal(2, runs.Values.Distinct().Count());
        Assert.All(cluster.StoredAttempts().Values, count => Assert.Equal(1, count));
        var rows = File.ReadAllLines(Path.Combine(files.Out, "results.csv")).Skip(1).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.All(rows, row => Assert.Contains(",Optimal,", row));
        foreach (var cell in Directory.GetDirectories(Path.Combine(files.Out, "cells"), "*", SearchOption.AllDirectories)
                     .Where(d => File.Exists(Path.Combine(d, "plan.json"))))
        {
            var scenario = ScenarioLoader.Load(File.ReadAllBytes(Path.Combine(cell, "scenario.json"))).Value!;
            Assert.True(PlanChecker.Check(scenario, PlanLoader.Load(File.ReadAllBytes(Path.Combine(cell, "plan.json"))).Value!).Holds, cell);
        }

        // With --out emptied, the cells' plans come from the runs the store already holds: nothing is queued again.
        Directory.Delete(files.Out, recursive: true);
        var again = await ExperimentAsync(files, cluster.Store);

        Assert.True(again.ExitCode == 0, again.Log);
        Assert.Contains("6 taken from the store", again.Log);
        Assert.Equal(6, cluster.Workers().Count);
        // The very plans of the first run, down to their solve times.
        Assert.Equal(rows, File.ReadAllLines(Path.Combine(files.Out, "results.csv")).Skip(1));
    }

    [Fact]
    public async Task Given_a_store_that_does_not_answer_then_the_experiment_exits_69_with_one_sentence()
    {
        using var files = new SmallExperiment();
        var port = new NpgsqlConnectionStringBuilder(server.NewDatabase()) { Port = 1, Timeout = 2 }.ConnectionString;

        var run = await ExperimentAsync(files, port);

        Assert.Equal(69, run.ExitCode);
        Assert.Contains("cannot be used", run.Log);
        Assert.DoesNotContain("   at ", run.Log);
        Assert.False(Directory.Exists(files.Out));
    }

    private async Task<(int ExitCode, string Log)> ExperimentAsync(SmallExperiment files, string store)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { ServiceProcess.CliDll, "experiment", files.File, "--out", files.Out, "--store", store })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(limit.Token);
        var log = await stdout + await stderr;
        output.WriteLine(log);
        return (process.ExitCode, log);
    }
}
