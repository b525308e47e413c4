namespace Rotation.Service.Storage;

/// <summary>Where a run is in its life. Queued and Running are the only states a run leaves.</summary>
public enum RunState { Queued, Running, Completed, Cancelled, Failed }

/// <summary>The latest improving plan of a running solve.</summary>
public sealed record RunProgress(double ElapsedSeconds, long Objective, double Bound, double Gap, int Solutions);

/// <summary>What a candidates run asks for: how many plans, and the fewest (cadre, month) cells in which every two differ.</summary>
public sealed record CandidatesAsked(int Count, int Diversity);

/// <summary>What a suggest run asks: who could fill <see cref="Post"/>, or where <see cref="Cadre"/> could go, in <see cref="Month"/> (YYYY-MM); at most <see cref="Top"/> answers.</summary>
public sealed record SuggestAsked(string? Post, string? Cadre, string Month, int Top);

/// <summary>
/// One run as stored: what was asked, where it is, and what the solve found. The scenario itself is read apart.
/// <see cref="Candidates"/> is set for a candidates run, <see cref="Parent"/> for a re-plan of another run's plan
/// or a suggest run, whose <see cref="Question"/> is set; it is that plan's address: "RUN", or "RUN/candidate-N" for one of
/// a candidates run's plans. <see cref="Attempt"/> is the attempt whose outputs are kept (PostgreSQL; 0 on one machine).
/// </summary>
public sealed record RunRecord(
    string Id,
    string Source,
    RunState State,
    double TimeLimitSeconds,
    DateTimeOffset Submitted,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    RunProgress? Progress,
    string? PlanStatus,
    string? Error,
    bool CancelRequested,
    CandidatesAsked? Candidates,
    string? Parent,
    SuggestAsked? Question = null,
    int Attempt = 0);

/// <summary>
/// A run taken from the queue, with the scenario bytes to solve, where they came from and what to solve for. Its
/// <see cref="Attempt"/> counts the claims of the run (0 on one machine), so that a later claim supersedes an earlier one.
/// </summary>
public sealed record ClaimedRun(string Id, byte[] Scenario, double TimeLimitSeconds, string Source, CandidatesAsked? Candidates,
    string? Parent = null, SuggestAsked? Question = null, int Attempt = 0);

/// <summary>A run's scenario as submitted, with the SHA-256 that tells whether two runs planned the same scenario.</summary>
public sealed record StoredScenario(byte[] Content, string Sha);

/// <summary>How a run ended, as the executor stores it.</summary>
public sealed record RunOutcome(RunState State, string? PlanStatus, RunProgress? Final, string? Error);

/// <summary>What a cancel request did.</summary>
public enum CancelResult { NotFound, CancelledBeforeStart, Requested, AlreadyFinished }
