using Rotation.Service.Storage;

namespace Rotation.Service.Queue;

/// <summary>
/// Looks at a solving run in the store every second and stops the solve when a planner asked to cancel it (on any node)
/// or a later attempt took the run over, so a superseded solve does not go on spending a core.
/// </summary>
public sealed class CancelWatch : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ITimer _timer;

    public CancelWatch(IRunStore store, ClaimedRun run, Action cancel, TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ =>
        {
            try
            {
                if (store.Get(run.Id) is not { } stored || stored.CancelRequested || stored.Attempt != run.Attempt) cancel();
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
            {
                // The store did not answer this time; the next look is a second away.
            }
        }, null, TimeSpan.Zero, Interval);
    }

    public void Dispose() => _timer.Dispose();
}
