using Hangfire;
using Rotation.Service.Queue;

namespace Rotation.Service.Scale;

/// <summary>Queues a stored run as a Hangfire job, which any worker of the cluster may take, and notes the job on the run.</summary>
public sealed class HangfireRunQueue(IBackgroundJobClient jobs, PostgresRunStore store) : IRunQueue
{
    public void Enqueue(string id) => store.SetJob(id, jobs.Enqueue<SolveJob>(job => job.Run(id, CancellationToken.None)));
}
