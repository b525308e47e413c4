using System.Security.Cryptography;
using Rotation.Domain.Loading;
using Rotation.Service.Storage;

namespace Rotation.Service.Queue;

/// <summary>The one way into the queue, for the API and the inbox alike: validate the scenario, store it, wake the dispatcher.</summary>
public sealed class RunSubmitter(RunStore store, QueueSignal signal, TimeProvider clock)
{
    /// <summary>Stores a valid scenario as a queued run (committed before this returns); an invalid one gets its problems back.</summary>
    public Submission Submit(byte[] scenario, string source, double timeLimitSeconds)
    {
        var loaded = ScenarioLoader.Load(scenario);
        if (!loaded.Succeeded) return new Submission(null, loaded.Problems, loaded.Warnings);
        var id = RunId.New();
        store.Add(id, source, timeLimitSeconds, scenario, Sha(scenario), clock.GetUtcNow());
        signal.Notify();
        return new Submission(store.Get(id), [], loaded.Warnings);
    }

    public static string Sha(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}

/// <summary>A stored run, or the problems that kept the scenario out (never both); warnings either way.</summary>
public sealed record Submission(RunRecord? Run, IReadOnlyList<LoadProblem> Problems, IReadOnlyList<LoadProblem> Warnings);
