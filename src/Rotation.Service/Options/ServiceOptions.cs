namespace Rotation.Service.Options;

/// <summary>How the service runs. Each default and range is beside its property; <see cref="ServiceOptionsReader"/> checks them all.</summary>
public sealed record ServiceOptions
{
    /// <summary>Folder of the database (rotation.db), the run outputs (runs/) and the inbox (inbox/). Default "data".</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Where to listen. Default http://127.0.0.1:5080; port 0 picks a free port. Loopback only unless <see cref="AllowRemote"/>.</summary>
    public string Url { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Listening on an address other than loopback must be asked for. Default false.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Bearer token of the planner role (submits, cancels, reads). At least one token is required.</summary>
    public string? PlannerToken { get; init; }

    /// <summary>Bearer token of the viewer role (reads only).</summary>
    public string? ViewerToken { get; init; }

    /// <summary>
    /// PostgreSQL connection string (Npgsql's form) of the store that several machines share; null keeps runs in SQLite in
    /// the data folder and solves them in this process. Default null.
    /// </summary>
    public string? Store { get; init; }

    /// <summary>
    /// With <see cref="Store"/>: how long after a worker stops renewing its job (it was killed, or lost the network) another
    /// worker takes the job, 5–3600 s. Default 30.
    /// </summary>
    public double RedeliverAfterSeconds { get; init; } = 30;

    /// <summary>What the logs and the job engine call this process. Default: the machine's name and the process id.</summary>
    public string WorkerName { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Solves running at once, 1–64; 0 (with <see cref="Store"/>) for an API node that leaves the solves to workers. Default 1.</summary>
    public int MaxConcurrentSolves { get; init; } = 1;

    /// <summary>CP-SAT workers of each solve, 1–256; null = all cores. Default null.</summary>
    public int? Workers { get; init; }

    /// <summary>Time limit of a run that names none, in seconds. Default 60.</summary>
    public double DefaultTimeLimitSeconds { get; init; } = 60;

    /// <summary>Largest time limit a run may ask for, at most 86400 s. Default 3600.</summary>
    public double MaxTimeLimitSeconds { get; init; } = 3600;

    /// <summary>Largest request body and inbox file, 1 KiB–64 MiB. Default 16 MiB.</summary>
    public long MaxRequestBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How often the inbox folder is looked at, 0.1–3600 s. Default 2.</summary>
    public double InboxPollSeconds { get; init; } = 2;

    public string DatabasePath => Path.Combine(DataDirectory, "rotation.db");

    public string RunsDirectory => Path.Combine(DataDirectory, "runs");

    public string InboxDirectory => Path.Combine(DataDirectory, "inbox");
}
