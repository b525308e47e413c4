using Hangfire;
using Rotation.Service.Queue;

namespace Rotation.Service.Scale;

/// <summary>Queues a stored run as a Hangfire job, which any worker of the cluster may take.</summary>
public sealed class HangfireRunQueue(IBackgroundJobClient jobs) : IRunQueue
{
    public void Enqueue(string id) => jobs.Enqueue<SolveJob>(job => job.Run(id, CancellationToken.None));
}
