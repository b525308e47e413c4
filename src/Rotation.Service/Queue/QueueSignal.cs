using System.Threading.Channels;

namespace Rotation.Service.Queue;

/// <summary>Wakes the dispatcher when a run is queued, so it need not poll; many signals before it wakes count as one.</summary>
public sealed class QueueSignal : IRunQueue
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>The run is already in the store, where the dispatcher finds it.</summary>
    public void Enqueue(string id) => Notify();

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancel)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timer.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // The timeout: look at the queue anyway.
        }
    }
}
