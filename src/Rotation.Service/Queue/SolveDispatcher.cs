using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Queue;

/// <summary>
/// Takes queued runs oldest first and solves at most <see cref="ServiceOptions.MaxConcurrentSolves"/> at once. On
/// shutdown it stops claiming, cancels the solves (each keeps its best plan) and waits for them to store it.
/// </summary>
public sealed class SolveDispatcher(RunStore store, RunExecutor executor, QueueSignal signal, ServiceOptions options,
    TimeProvider clock, ILogger<SolveDispatcher> logger) : BackgroundService
{
    // A safety net: a run queued without a signal (none today) is still found.
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var requeued = store.Recover(clock.GetUtcNow());
        if (requeued > 0) logger.LogInformation("{Count} runs interrupted by a stop were queued again", requeued);
        using var slots = new SemaphoreSlim(options.MaxConcurrentSolves);
        var active = new List<Task>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await slots.WaitAsync(stopping);
                var run = store.ClaimNext(clock.GetUtcNow());
                if (run is null)
                {
                    slots.Release();
                    await signal.WaitAsync(Poll, stopping);
                    continue;
                }
                active.RemoveAll(t => t.IsCompleted);
                active.Add(Task.Run(() =>
                {
                    try { executor.Execute(run, stopping); }
                    finally { slots.Release(); }
                }, CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown: fall through to wait for the solves to store their best plans.
        }
        await Task.WhenAll(active);
    }
}
