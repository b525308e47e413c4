using Microsoft.Extensions.Logging;
using Rotation.Service.Options;
using Rotation.Service.Queue;

namespace Rotation.Service.Scale;

/// <summary>
/// The job a worker runs for one run: claim it (a new attempt), solve it, store the result. The job engine delivers at
/// least once; a second delivery of a run that has ended does nothing, and one that overlaps a live attempt takes the run
/// over (the earlier attempt's result is then dropped, and its watch stops it). A solve that fails is stored as failed by
/// the executor, so the engine's retries only come into play when the store itself did not answer.
/// </summary>
public sealed class SolveJob(PostgresRunStore store, RunExecutor executor, ServiceOptions options, TimeProvider clock, ILogger<SolveJob> logger)
{
    /// <param name="stopping">The worker's shutdown, which Hangfire passes in place of the token the job was queued with.</param>
    public void Run(string id, CancellationToken stopping)
    {
        if (store.Claim(id, options.WorkerName, clock.GetUtcNow()) is not { } run)
        {
            logger.LogInformation("Run {RunId} has ended or was cancelled; nothing to solve", id);
            return;
        }
        executor.Execute(run, stopping);
        // The executor queued the run again in the store; failing the job on shutdown makes the engine hand it to another worker.
        stopping.ThrowIfCancellationRequested();
    }
}
