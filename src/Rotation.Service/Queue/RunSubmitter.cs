using System.Security.Cryptography;
using Rotation.Domain.Loading;
using Rotation.Roster;
using Rotation.Service.Storage;
using Rotation.Solver.Alternatives;

namespace Rotation.Service.Queue;

/// <summary>
/// The one way into the queue, for the API and the inbox alike: validate the scenario, store it, hand it to the queue. A
/// roster workbook (.xlsx) is read like a JSON file and stored in its JSON form.
/// </summary>
public sealed class RunSubmitter(IRunStore store, IRunQueue queue, TimeProvider clock)
{
    /// <summary>Stores a valid scenario as a queued run (committed before this returns); an invalid one gets its problems back.</summary>
    /// <param name="candidates">For a candidates run, how many plans; null for a single plan.</param>
    /// <param name="diversity">With <paramref name="candidates"/>: how many cells apart; the solver's default when null.</param>
    /// <param name="parent">The plan this one re-plans or suggests for, by its address ("RUN", "RUN/candidate-N" or "RUN/suggestion-K").</param>
    /// <param name="question">For a suggest run, what it asks of the parent's plan.</param>
    public Submission Submit(byte[] scenario, string source, double timeLimitSeconds, int? candidates = null, int? diversity = null,
        string? parent = null, SuggestAsked? question = null) =>
        Submit(ScenarioInput.Read(scenario, null), source, timeLimitSeconds, candidates, diversity, parent, question);

    /// <summary>Stores a scenario already read, JSON or workbook, by its JSON form.</summary>
    public Submission Submit(ScenarioInput input, string source, double timeLimitSeconds, int? candidates = null, int? diversity = null,
        string? parent = null, SuggestAsked? question = null)
    {
        var loaded = input.Loaded;
        if (!loaded.Succeeded) return new Submission(null, loaded.Problems, loaded.Warnings);
        var scenario = input.Json!;
        var id = RunId.New();
        // The default diversity depends on the scenario's size; stored as a number, the run shows what it solves for.
        var asked = candidates is { } count ? new CandidatesAsked(count, diversity ?? CandidateSearch.DefaultDiversity(loaded.Value!)) : null;
        store.Add(id, source, timeLimitSeconds, scenario, Sha(scenario), clock.GetUtcNow(), asked, parent, question);
        queue.Enqueue(id);
        return new Submission(store.Get(id), [], loaded.Warnings);
    }

    public static string Sha(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}

/// <summary>A stored run, or the problems that kept the scenario out (never both); warnings either way.</summary>
public sealed record Submission(RunRecord? Run, IReadOnlyList<LoadProblem> Problems, IReadOnlyList<LoadProblem> Warnings);
