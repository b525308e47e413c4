namespace Rotation.Service.Storage;

/// <summary>Where a run is in its life. Queued and Running are the only states a run leaves.</summary>
public enum RunState { Queued, Running, Completed, Cancelled, Failed }

/// <summary>The latest improving plan of a running solve.</summary>
public sealed record RunProgress(double ElapsedSeconds, long Objective, double Bound, double Gap, int Solutions);

/// <summary>One run as stored: what was asked, where it is, and what the solve found. The scenario itself is read apart.</summary>
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
    bool CancelRequested);

/// <summary>A run taken from the queue by the dispatcher, with the scenario bytes to solve and where they came from.</summary>
public sealed record ClaimedRun(string Id, byte[] Scenario, double TimeLimitSeconds, string Source);

/// <summary>How a run ended, as the executor stores it.</summary>
public sealed record RunOutcome(RunState State, string? PlanStatus, RunProgress? Final, string? Error);

/// <summary>What a cancel request did.</summary>
public enum CancelResult { NotFound, CancelledBeforeStart, Requested, AlreadyFinished }
