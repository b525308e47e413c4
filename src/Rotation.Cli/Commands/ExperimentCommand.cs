using System.CommandLine;
using System.Globalization;
using Rotation.Experiments;
using Rotation.Experiments.Charts;
using Rotation.Experiments.Reports;
using Rotation.Service.Scale;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation experiment EXPERIMENT.json --out DIR [--parallel N] [--store CONNECTION]</c>: runs a policy experiment
/// (SPEC §9, docs/experiments.md), in this process or on a cluster's workers.
/// </summary>
internal static class ExperimentCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var file = new Argument<string>("EXPERIMENT") { Description = "The experiment file (see docs/experiments.md)." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the cells, results.csv, summary.json, summary.md and charts/.", Required = true };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Cells solved at once. Default: the cores divided by the experiment's workers per cell, at least 1; " +
                          $"with --store, {ClusterParallel} cells in the cluster's queue at once.",
        };
        var store = new Option<string?>("--store")
        {
            Description = "Solve the cells on a cluster: the Npgsql connection string of its PostgreSQL store, where `rotation worker` " +
                          "processes take them. The plans come back into --out and are checked here.",
        };
        var command = new Command("experiment",
            "Run a policy experiment: every variant (a merge patch of the base scenario) on every replication of drawn workforce " +
            "events, then paired statistics and charts. A re-run with the same arguments keeps the cells already solved; Ctrl-C " +
            "keeps every finished cell. Exit 0 done, 2 invalid experiment, 5 stopped before the end, 69 the --store cannot be used.")
        {
            file, outDir, parallel, store,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(parse.GetRequiredValue(file), parse.GetRequiredValue(outDir),
            parse.GetValue(parallel), parse.GetValue(store), output, error, clock, cancel)));
        return command;
    }

    /// <summary>Cells a cluster run keeps in the queue at once by default: enough for many workers, few enough to poll cheaply.</summary>
    private const int ClusterParallel = 64;

    private static int Run(string path, string outDir, int? parallel, string? store, TextWriter output, TextWriter error, TimeProvider clock,
        CancellationToken cancel)
    {
        if (parallel is < 1 or > 256)
        {
            error.WriteLine("rotation: --parallel must be between 1 and 256");
            return ExitCodes.Usage;
        }
        var bytes = InputFile.Read(path, error);
        if (bytes is null) return ExitCodes.InvalidInput;
        var loaded = ExperimentLoader.Load(path, bytes);
        if (!InputFile.Report(path, loaded, error)) return ExitCodes.InvalidInput;
        var experiment = loaded.Value!;
        var cellsAtOnce = parallel ?? (store is null ? ExperimentRun.DefaultParallel(experiment.Solver) : ClusterParallel);
        if (!ChartFonts.Ensure())
            error.WriteLine($"rotation: warning: no font file found ({string.Join(", ", ChartFonts.Files)}); the charts will have no text. Install fonts-dejavu-core.");
        var where = store is null
            ? $"with {Words.Count(experiment.Solver.Workers, "worker")}, {cellsAtOnce} at a time"
            : $"on the cluster's workers, {cellsAtOnce} queued at a time";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Experiment {path}: {Words.Count(experiment.Variants.Length, "variant")} × {Words.Count(experiment.Replications, "replication")}, " +
            $"seed {experiment.Seed}; each cell {experiment.Solver.TimeLimit:0.#} s {where}."));

        ClusterCells? cluster = null;
        try
        {
            cluster = store is null ? null : ClusterCells.Connect(store, clock);
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine($"rotation: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }
        using var connected = cluster;
        var started = clock.GetTimestamp();
        var console = new ExperimentConsole(error, SolveConsole.IsTerminal(error), clock);
        var outcome = console.Run(() => cluster is null
            ? ExperimentRun.Run(experiment, outDir, cellsAtOnce, console, clock, cancel)
            : OnCluster(cluster, experiment, path, outDir, cellsAtOnce, console, cancel));
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        if (outcome.Stopped)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Stopped after {seconds:0} s: {Words.Count(outcome.Results.Length, "cell")} finished and kept in {Path.Combine(outDir, "cells")}. ") +
            "Run the same command again to solve the rest; no summary was written.");
            return ExitCodes.Stopped;
        }
        var fromStore = cluster is null ? "" : $"; {cluster.Found} taken from the store, queued or solved by an earlier run";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done in {seconds:0} s: {outcome.Results.Length - outcome.Failed} of {Words.Count(outcome.Results.Length, "cell")} have a checked plan " +
            $"({outcome.Results.Count(r => r.Reused)} kept from an earlier run{fromStore})."));
        foreach (var failed in outcome.Results.Where(r => !r.HasPlan).Take(10))
            error.WriteLine($"rotation: warning: cell {failed.Variant}/{failed.Replication}: {failed.Status}: {ExperimentConsole.Shorten(failed.Error)}");
        output.WriteLine($"Written {Path.Combine(outDir, ResultsCsv.File)}, {Path.Combine(outDir, SummaryJson.File)}, " +
                         $"{Path.Combine(outDir, SummaryMarkdown.File)} and {Path.Combine(outDir, ExperimentCharts.Folder)}/.");
        return ExitCodes.Ok;
    }

    private static ExperimentOutcome OnCluster(ClusterCells cluster, Experiment experiment, string path, string outDir, int cellsAtOnce,
        ExperimentConsole console, CancellationToken cancel)
    {
        // Each queued cell holds a thread while it waits for its run; without these the pool would add them one by one.
        ThreadPool.GetMinThreads(out var threads, out var ports);
        ThreadPool.SetMinThreads(Math.Max(threads, cellsAtOnce + Environment.ProcessorCount), ports);
        var name = Path.GetFileNameWithoutExtension(path);
        return ExperimentRun.Run(experiment, outDir, cellsAtOnce, console, (cell, options) => cluster.Solve(name, cell, options), cancel);
    }
}
