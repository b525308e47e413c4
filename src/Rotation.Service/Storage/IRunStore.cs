namespace Rotation.Service.Storage;

/// <summary>
/// Where the runs are kept: SQLite for one machine (<see cref="RunStore"/>), PostgreSQL when several machines share the
/// runs. A claimed run carries its attempt; progress and the finish of an attempt that another has since taken over are
/// ignored, so a solve delivered twice stores one result.
/// </summary>
public interface IRunStore
{
    /// <summary>What the health check and the logs call this store ("sqlite", "postgresql").</summary>
    string Kind { get; }

    /// <param name="candidates">For a candidates run, how many and how far apart; null for a single plan.</param>
    /// <param name="parent">The address of the plan this one re-plans or suggests for, or null.</param>
    /// <param name="question">For a suggest run, what it asks.</param>
    void Add(string id, string source, double timeLimitSeconds, byte[] scenario, string scenarioSha, DateTimeOffset now,
        CandidatesAsked? candidates = null, string? parent = null, SuggestAsked? question = null);

    void ReportProgress(ClaimedRun run, RunProgress progress);

    /// <summary>
    /// Stores how the attempt ended, with the outputs in <paramref name="outputs"/> where the store keeps them itself.
    /// False when the attempt was superseded by a later one (or the run had already ended): nothing was stored.
    /// </summary>
    bool Finish(ClaimedRun run, RunOutcome outcome, DateTimeOffset now, string outputs);

    /// <summary>Puts a run stopped by a shutdown back in the queue.</summary>
    void Requeue(ClaimedRun run);

    /// <summary>A queued run is cancelled at once; a running one is marked, and its solve ends keeping its best plan.</summary>
    CancelResult RequestCancel(string id, DateTimeOffset now);

    RunRecord? Get(string id);

    /// <summary>The newest runs first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<RunRecord> List(int limit);

    /// <summary>The scenario a run was submitted with, as sent, and its SHA-256; null for an unknown run.</summary>
    StoredScenario? Scenario(string id);

    /// <summary>True when a run was already made from this inbox file's content at or after <paramref name="since"/>.</summary>
    bool HasRunFrom(string source, string scenarioSha, DateTimeOffset since);

    /// <summary>A cheap query, for the health check.</summary>
    bool IsReachable();
}
