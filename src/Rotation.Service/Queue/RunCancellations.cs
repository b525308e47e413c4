using System.Collections.Concurrent;
using Rotation.Service.Storage;

namespace Rotation.Service.Queue;

/// <summary>The cancellation of each solve in progress, so a DELETE or the web app can stop the solve that another thread runs.</summary>
public sealed class RunCancellations
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();

    /// <summary>A token that fires on <see cref="Cancel"/> or on <paramref name="stopping"/>; dispose it when the solve ends.</summary>
    public Registration Register(string id, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[id] = source;
        return new Registration(this, id, source);
    }

    /// <summary>Cancels a queued run at once, or asks a running one to stop (it stores its best plan as it does).</summary>
    public CancelResult Request(string id, IRunStore store, DateTimeOffset now)
    {
        if (!RunId.IsWellFormed(id)) return CancelResult.NotFound;
        var result = store.RequestCancel(id, now);
        if (result == CancelResult.Requested) Cancel(id);
        return result;
    }

    public void Cancel(string id)
    {
        if (_running.TryGetValue(id, out var source)) source.Cancel();
    }

    public sealed class Registration(RunCancellations owner, string id, CancellationTokenSource source) : IDisposable
    {
        public CancellationToken Token => source.Token;

        public void Dispose()
        {
            owner._running.TryRemove(id, out _);
            source.Dispose();
        }
    }
}
