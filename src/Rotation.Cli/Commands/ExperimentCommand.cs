using System.CommandLine;
using System.Globalization;
using Rotation.Experiments;
using Rotation.Experiments.Charts;
using Rotation.Experiments.Reports;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation experiment EXPERIMENT.json --out DIR [--parallel N]</c>: runs a policy experiment (SPEC §9, docs/experiments.md).
/// </summary>
internal static class ExperimentCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var file = new Argument<string>("EXPERIMENT") { Description = "The experiment file (see docs/experiments.md)." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the cells, results.csv, summary.json, summary.md and charts/.", Required = true };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Cells solved at once. Default: the cores divided by the experiment's workers per cell, at least 1.",
        };
        var command = new Command("experiment",
            "Run a policy experiment: every variant (a merge patch of the base scenario) on every replication of drawn workforce " +
            "events, then paired statistics and charts. A re-run with the same arguments keeps the cells already solved; Ctrl-C " +
            "keeps every finished cell. Exit 0 done, 2 invalid experiment, 5 stopped before the end.")
        {
            file, outDir, parallel,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(parse.GetRequiredValue(file), parse.GetRequiredValue(outDir),
            parse.GetValue(parallel), output, error, clock, cancel)));
        return command;
    }

    private static int Run(string path, string outDir, int? parallel, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken cancel)
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
        var cellsAtOnce = parallel ?? ExperimentRun.DefaultParallel(experiment.Solver);
        if (!ChartFonts.Ensure())
            error.WriteLine($"rotation: warning: no font file found ({string.Join(", ", ChartFonts.Files)}); the charts will have no text. Install fonts-dejavu-core.");
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Experiment {path}: {Words.Count(experiment.Variants.Length, "variant")} × {Words.Count(experiment.Replications, "replication")}, " +
            $"seed {experiment.Seed}; each cell {experiment.Solver.TimeLimit:0.#} s with {Words.Count(experiment.Solver.Workers, "worker")}, {cellsAtOnce} at a time."));

        var started = clock.GetTimestamp();
        var console = new ExperimentConsole(error, SolveConsole.IsTerminal(error), clock);
        var outcome = console.Run(() => ExperimentRun.Run(experiment, outDir, cellsAtOnce, console, clock, cancel));
        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        if (outcome.Stopped)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Stopped after {seconds:0} s: {Words.Count(outcome.Results.Length, "cell")} finished and kept in {Path.Combine(outDir, "cells")}. ") +
            "Run the same command again to solve the rest; no summary was written.");
            return ExitCodes.Stopped;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done in {seconds:0} s: {outcome.Results.Length - outcome.Failed} of {Words.Count(outcome.Results.Length, "cell")} have a checked plan " +
            $"({outcome.Results.Count(r => r.Reused)} kept from an earlier run)."));
        foreach (var failed in outcome.Results.Where(r => !r.HasPlan).Take(10))
            error.WriteLine($"rotation: warning: cell {failed.Variant}/{failed.Replication}: {failed.Status}: {ExperimentConsole.Shorten(failed.Error)}");
        output.WriteLine($"Written {Path.Combine(outDir, ResultsCsv.File)}, {Path.Combine(outDir, SummaryJson.File)}, " +
                         $"{Path.Combine(outDir, SummaryMarkdown.File)} and {Path.Combine(outDir, ExperimentCharts.Folder)}/.");
        return ExitCodes.Ok;
    }
}
