using System.Collections.Concurrent;
using System.Collections.Immutable;
using Rotation.Domain.Scenarios;
using Rotation.Experiments.Cells;
using Rotation.Experiments.Reports;
using Rotation.Experiments.Workforce;
using Rotation.Solver;
using Rotation.Solver.Solving;

namespace Rotation.Experiments;

/// <summary>What an experiment run left: every finished cell's row, and whether a stop cut it short (then no summary).</summary>
public sealed record ExperimentOutcome(ImmutableArray<CellResult> Results, bool Stopped, ExperimentSummary? Summary, IReadOnlyList<string> Written)
{
    public int Failed => Results.Count(r => !r.HasPlan);
}

/// <summary>
/// Runs an experiment (SPEC §9): draws every replication's workforce events once, solves the cells (variant ×
/// replication) <c>parallel</c> at a time, then writes results.csv, summary.json, summary.md and the charts. A stop
/// (Ctrl-C) lets the running solves end unwritten and leaves every finished cell on disk for the next run to reuse.
/// </summary>
public static class ExperimentRun
{
    /// <summary>Cells solved at once by default: one per group of cores that a cell's workers use, at least one.</summary>
    public static int DefaultParallel(SolverSettings solver) => Math.Max(1, Environment.ProcessorCount / Math.Max(1, solver.Workers));

    public static ExperimentOutcome Run(Experiment experiment, string outDir, int parallel, IExperimentProgress? progress, TimeProvider clock,
        CancellationToken cancel) =>
        Run(experiment, outDir, parallel, progress, (s, o) => RotationSolver.Solve(s, o, clock), cancel);

    /// <summary>The same run around any solve in this process, so that tests can make a cell fail.</summary>
    internal static ExperimentOutcome Run(Experiment experiment, string outDir, int parallel, IExperimentProgress? progress,
        Func<Scenario, SolveOptions, SolveResult> solve, CancellationToken cancel) =>
        Run(experiment, outDir, parallel, progress, (cell, options) => solve(cell.Scenario, options).Plan, cancel);

    /// <summary>The same run with the cells solved elsewhere (by a cluster's workers); <paramref name="parallel"/> cells wait at once.</summary>
    public static ExperimentOutcome Run(Experiment experiment, string outDir, int parallel, IExperimentProgress? progress, CellSolve solve,
        CancellationToken cancel)
    {
        var replications = Enumerable.Range(0, experiment.Replications).Select(r => DrawnReplication.Of(experiment, r)).ToArray();
        var cells = replications.SelectMany(d => experiment.Variants.Select(v => (Variant: v.Name, Drawn: d))).ToArray();
        progress?.Started(cells.Length, parallel);
        var runner = new CellRunner(experiment.Solver, solve);
        var finished = new ConcurrentBag<CellResult>();
        var stopped = false;
        try
        {
            Parallel.ForEach(cells, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancel }, cell =>
            {
                if (runner.Run(outDir, cell.Variant, cell.Drawn, cancel) is not { } result) return;
                finished.Add(result);
                progress?.CellFinished(result);
            });
        }
        catch (OperationCanceledException)
        {
            stopped = true;
        }
        stopped |= cancel.IsCancellationRequested;
        var variantOrder = experiment.Variants.Select(v => v.Name).ToList();
        var rows = finished.OrderBy(r => variantOrder.IndexOf(r.Variant)).ThenBy(r => r.Replication).ToImmutableArray();
        if (stopped) return new ExperimentOutcome(rows, true, null, []);

        var (summary, written) = ExperimentReports.Write(experiment, rows, outDir);
        return new ExperimentOutcome(rows, false, summary, written);
    }

}
