using Hangfire;
using Npgsql;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Experiments.Cells;
using Rotation.Outputs.Files;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;
using Rotation.Solver;

namespace Rotation.Service.Scale;

/// <summary>
/// Solves an experiment's cells on a cluster, for <c>rotation experiment --store</c>: each cell's scenario becomes a run
/// in the store and a job for the workers, and its plan is read back from the store once a worker has finished it. A
/// cell that an earlier, interrupted run of the same experiment queued is waited for, not queued again.
/// </summary>
public sealed class ClusterCells(PostgresRunStore store, RunSubmitter submitter) : IDisposable
{
    /// <summary>How often a waiting cell looks at its run.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private NpgsqlDataSource? _source;
    private int _found;

    /// <summary>Cells whose run an earlier run of the experiment had queued, waited for rather than queued again.</summary>
    public int Found => Volatile.Read(ref _found);

    /// <summary>Connects to the cluster's store (see <see cref="ClusterServices.Connect"/> for its errors).</summary>
    public static ClusterCells Connect(string connectionString, TimeProvider clock)
    {
        var source = ClusterServices.Connect(connectionString);
        ClusterServices.UseJobs(GlobalConfiguration.Configuration, connectionString, new ServiceOptions());
        var store = new PostgresRunStore(source);
        var queue = new HangfireRunQueue(new BackgroundJobClient(), store);
        return new ClusterCells(store, new RunSubmitter(store, queue, clock)) { _source = source };
    }

    /// <summary>Where the cells' runs say they come from: the experiment's name, the variant and the replication.</summary>
    public static string Source(string experiment, CellJob cell) => $"experiment-cli/{experiment}/{cell.Variant}/{cell.Replication}";

    /// <summary>
    /// The cell's plan as the worker stored it. A worker's time limit is the cell's; its workers and seed are the worker's
    /// own. Throws when the run failed or was cancelled in the cluster, and <see cref="OperationCanceledException"/> on a
    /// stop, leaving the run in the cluster for the next run of the experiment to find.
    /// </summary>
    public Plan Solve(string experiment, CellJob cell, SolveOptions options)
    {
        var source = Source(experiment, cell);
        var (run, stored) = Reusable(source, cell, options.TimeLimitSeconds);
        if (run is null) run = Submit(source, cell, options.TimeLimitSeconds);
        else Interlocked.Increment(ref _found);
        if (stored is not null) return stored;
        while (run.State is RunState.Queued or RunState.Running)
        {
            options.Cancellation.WaitHandle.WaitOne(Poll);
            options.Cancellation.ThrowIfCancellationRequested();
            run = store.Get(run.Id)!;
        }
        if (run.State != RunState.Completed)
            throw new InvalidOperationException($"run {run.Id} ended {run.State.ToString().ToLowerInvariant()} in the cluster{(run.Error is { } e ? $": {e}" : "")}");
        return StoredPlan(run) ?? throw new InvalidOperationException($"run {run.Id} completed without a {OutputSet.PlanFile} in the store");
    }

    /// <summary>
    /// The run an earlier run of the experiment queued for this very scenario and time limit, unless it ended without a
    /// plan for want of time (a cell solved again, as in a run on one machine); with its plan when it has completed.
    /// </summary>
    private (RunRecord? Run, Plan? Plan) Reusable(string source, CellJob cell, double timeLimit)
    {
        var run = store.Latest(source, RunSubmitter.Sha(cell.Json), timeLimit);
        if (run is not { State: RunState.Completed }) return (run, null);
        return StoredPlan(run) is { } plan && (plan.HasAssignments || plan.Status == PlanStatus.Infeasible) ? (run, plan) : (null, null);
    }

    private RunRecord Submit(string source, CellJob cell, double timeLimit)
    {
        var submission = submitter.Submit(cell.Json, source, timeLimit);
        return submission.Run ?? throw new InvalidOperationException(
            $"the cell's scenario was refused: {string.Join("; ", submission.Problems.Select(p => p.ToString()))}");
    }

    private Plan? StoredPlan(RunRecord run)
    {
        var file = store.Files(run.Id, run.Attempt).FirstOrDefault(f => f.Name == OutputSet.PlanFile);
        return file.Content is null ? null : PlanLoader.Load(file.Content).Value;
    }

    public void Dispose() => _source?.Dispose();
}
