using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Rotation.Service.Options;
using Rotation.Service.Queue;

namespace Rotation.Service.Scale;

/// <summary>
/// A run is committed before its job is queued, so a node that stops in between leaves a queued run no worker will
/// hear of. Every node looks for such runs every <see cref="ServiceOptions.RedeliverAfterSeconds"/> and queues their jobs.
/// </summary>
public sealed class QueueSweep(PostgresRunStore store, IRunQueue queue, ServiceOptions options, TimeProvider clock, ILogger<QueueSweep> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var interval = TimeSpan.FromSeconds(options.RedeliverAfterSeconds);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                foreach (var id in store.TakeUnqueued(clock.GetUtcNow() - interval))
                {
                    queue.Enqueue(id);
                    logger.LogWarning("Run {RunId} was accepted but its job was never queued; queued now", id);
                }
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning("The store did not answer the sweep for unqueued runs ({Reason}); trying again later", ex.Message);
            }
            try
            {
                await Task.Delay(interval, clock, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopping: nothing left to sweep.
            }
        }
    }
}
