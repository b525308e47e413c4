using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rotation.Service.Storage;

/// <summary>
/// The runs, durably, in one SQLite file (WAL, synchronous FULL): a run is committed before its submitter hears of it,
/// so a crash at any moment loses nothing that was accepted. Every method opens its own pooled connection, so it is
/// safe from any thread.
/// </summary>
public sealed partial class RunStore : IRunStore
{
    private const string Columns =
        "id, source, state, time_limit, submitted, started, finished, elapsed, objective, bound, gap, solutions, plan_status, error, cancel_requested, " +
        "candidates, diversity, parent, suggest_post, suggest_cadre, suggest_month, suggest_top";

    /// <summary>Columns added after the first release, each with its type: a database made before them gets them on opening.</summary>
    private static readonly (string Name, string Type)[] AddedColumns =
    [
        ("candidates", "INTEGER"), ("diversity", "INTEGER"), ("parent", "TEXT"),
        ("suggest_post", "TEXT"), ("suggest_cadre", "TEXT"), ("suggest_month", "TEXT"), ("suggest_top", "INTEGER"),
    ];

    private readonly string _connectionString;

    public string Kind => "sqlite";

    public RunStore(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS runs (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                state TEXT NOT NULL,
                time_limit REAL NOT NULL,
                scenario BLOB NOT NULL,
                scenario_sha TEXT NOT NULL,
                submitted TEXT NOT NULL,
                started TEXT, finished TEXT,
                elapsed REAL, objective INTEGER, bound REAL, gap REAL, solutions INTEGER,
                plan_status TEXT, error TEXT,
                cancel_requested INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX IF NOT EXISTS runs_by_state ON runs (state, seq);
            CREATE INDEX IF NOT EXISTS runs_by_source ON runs (source, scenario_sha);
            """);
        AddMissingColumns(connection);
        CreateExperimentTables(connection);
    }

    public void Add(string id, string source, double timeLimitSeconds, byte[] scenario, string scenarioSha, DateTimeOffset now,
        CandidatesAsked? candidates = null, string? parent = null, SuggestAsked? question = null)
    {
        using var connection = Open();
        Execute(connection, """
            INSERT INTO runs (id, source, state, time_limit, scenario, scenario_sha, submitted, candidates, diversity, parent,
                suggest_post, suggest_cadre, suggest_month, suggest_top)
            VALUES ($id, $source, $state, $limit, $scenario, $sha, $now, $candidates, $diversity, $parent, $post, $cadre, $month, $top)
            """, ("$id", id), ("$source", source), ("$state", nameof(RunState.Queued)), ("$limit", timeLimitSeconds),
            ("$scenario", scenario), ("$sha", scenarioSha), ("$now", Stamp(now)), ("$candidates", candidates?.Count),
            ("$diversity", candidates?.Diversity), ("$parent", parent), ("$post", question?.Post), ("$cadre", question?.Cadre),
            ("$month", question?.Month), ("$top", question?.Top));
    }

    /// <summary>
    /// After a crash: runs that were solving are queued again, except those a planner had asked to cancel, which end
    /// cancelled. Returns how many were queued again.
    /// </summary>
    public int Recover(DateTimeOffset now)
    {
        using var connection = Open();
        Execute(connection, "UPDATE runs SET state = $cancelled, finished = $now WHERE state = $running AND cancel_requested = 1",
            ("$cancelled", nameof(RunState.Cancelled)), ("$now", Stamp(now)), ("$running", nameof(RunState.Running)));
        return Execute(connection, "UPDATE runs SET state = $queued, started = NULL WHERE state = $running",
            ("$queued", nameof(RunState.Queued)), ("$running", nameof(RunState.Running)));
    }

    /// <summary>Marks the oldest queued run as running and returns it, or null when none is queued.</summary>
    public ClaimedRun? ClaimNext(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection, """
            UPDATE runs SET state = $running, started = $now, elapsed = NULL, objective = NULL, bound = NULL, gap = NULL, solutions = NULL
            WHERE seq = (SELECT seq FROM runs WHERE state = $queued ORDER BY seq LIMIT 1)
            RETURNING id, scenario, time_limit, source, candidates, diversity, parent, suggest_post, suggest_cadre, suggest_month, suggest_top
            """, ("$running", nameof(RunState.Running)), ("$now", Stamp(now)), ("$queued", nameof(RunState.Queued)));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ClaimedRun(reader.GetString(0), (byte[])reader.GetValue(1), reader.GetDouble(2), reader.GetString(3), Candidates(reader, 4),
                Text(reader, 6), Question(reader, 7))
            : null;
    }

    public void ReportProgress(ClaimedRun run, RunProgress progress) => ReportProgress(run.Id, progress);

    public void ReportProgress(string id, RunProgress progress)
    {
        using var connection = Open();
        Execute(connection, """
            UPDATE runs SET elapsed = $elapsed, objective = $objective, bound = $bound, gap = $gap, solutions = $solutions
            WHERE id = $id AND state = $running
            """, ProgressParameters(id, progress).Append(("$running", nameof(RunState.Running))).ToArray());
    }

    /// <summary>The outputs are already in runs/{id}/, where the executor wrote them; one machine runs one attempt at a time.</summary>
    public bool Finish(ClaimedRun run, RunOutcome outcome, DateTimeOffset now, string outputs)
    {
        Finish(run.Id, outcome, now);
        return true;
    }

    public void Finish(string id, RunOutcome outcome, DateTimeOffset now)
    {
        using var connection = Open();
        var parameters = new List<(string, object?)>
        {
            ("$state", outcome.State.ToString()), ("$plan", outcome.PlanStatus), ("$error", outcome.Error), ("$now", Stamp(now)),
        };
        parameters.AddRange(ProgressParameters(id, outcome.Final));
        Execute(connection, """
            UPDATE runs SET state = $state, plan_status = $plan, error = $error, finished = $now,
                elapsed = coalesce($elapsed, elapsed), objective = coalesce($objective, objective), bound = coalesce($bound, bound),
                gap = coalesce($gap, gap), solutions = coalesce($solutions, solutions)
            WHERE id = $id
            """, [.. parameters]);
    }

    /// <summary>Its best plan so far stays on disk until the rerun.</summary>
    public void Requeue(ClaimedRun run) => Requeue(run.Id);

    public void Requeue(string id)
    {
        using var connection = Open();
        Execute(connection, "UPDATE runs SET state = $queued, started = NULL WHERE id = $id AND state = $running",
            ("$queued", nameof(RunState.Queued)), ("$id", id), ("$running", nameof(RunState.Running)));
    }

    public CancelResult RequestCancel(string id, DateTimeOffset now)
    {
        using var connection = Open();
        // Each step is one conditional statement, so a run the dispatcher claims in between is still caught by the next.
        if (Execute(connection, "UPDATE runs SET state = $cancelled, finished = $now, cancel_requested = 1 WHERE id = $id AND state = $queued",
                ("$cancelled", nameof(RunState.Cancelled)), ("$now", Stamp(now)), ("$id", id), ("$queued", nameof(RunState.Queued))) == 1)
            return CancelResult.CancelledBeforeStart;
        if (Execute(connection, "UPDATE runs SET cancel_requested = 1 WHERE id = $id AND state = $running",
                ("$id", id), ("$running", nameof(RunState.Running))) == 1)
            return CancelResult.Requested;
        return Get(connection, id) is null ? CancelResult.NotFound : CancelResult.AlreadyFinished;
    }

    public RunRecord? Get(string id)
    {
        using var connection = Open();
        return Get(connection, id);
    }

    public IReadOnlyList<RunRecord> List(int limit)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT {Columns} FROM runs ORDER BY seq DESC LIMIT $limit", ("$limit", limit));
        return ReadAll(command);
    }

    public StoredScenario? Scenario(string id)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT scenario, scenario_sha FROM runs WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredScenario((byte[])reader.GetValue(0), reader.GetString(1)) : null;
    }

    public bool HasRunFrom(string source, string scenarioSha, DateTimeOffset since)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT submitted FROM runs WHERE source = $source AND scenario_sha = $sha",
            ("$source", source), ("$sha", scenarioSha));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (ParseStamp(reader.GetString(0)) >= since) return true;
        return false;
    }

    public bool IsReachable()
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT count(*) FROM runs");
        return command.ExecuteScalar() is long;
    }

    private RunRecord? Get(SqliteConnection connection, string id)
    {
        using var command = Command(connection, $"SELECT {Columns} FROM runs WHERE id = $id", ("$id", id));
        return ReadAll(command).SingleOrDefault();
    }

    private static List<RunRecord> ReadAll(SqliteCommand command)
    {
        var records = new List<RunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var progress = reader.IsDBNull(7) ? null : new RunProgress(reader.GetDouble(7), reader.GetInt64(8), reader.GetDouble(9),
                reader.GetDouble(10), reader.GetInt32(11));
            records.Add(new RunRecord(reader.GetString(0), reader.GetString(1), Enum.Parse<RunState>(reader.GetString(2)),
                reader.GetDouble(3), ParseStamp(reader.GetString(4)), OptionalStamp(reader, 5), OptionalStamp(reader, 6), progress,
                Text(reader, 12), Text(reader, 13),
                reader.GetInt64(14) != 0, Candidates(reader, 15), Text(reader, 17), Question(reader, 18)));
        }
        return records;
    }

    private static CandidatesAsked? Candidates(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new CandidatesAsked(reader.GetInt32(ordinal), reader.GetInt32(ordinal + 1));

    /// <summary>A suggest run's question from its four columns (post, cadre, month, top), or null for another run.</summary>
    private static SuggestAsked? Question(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal + 2) ? null
            : new SuggestAsked(Text(reader, ordinal), Text(reader, ordinal + 1), reader.GetString(ordinal + 2), reader.GetInt32(ordinal + 3));

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>In one write transaction, so that two stores opening an older database at once do not both add a column.</summary>
    private static void AddMissingColumns(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var present = new HashSet<string>();
        using (var command = Command(connection, "SELECT name FROM pragma_table_info('runs')"))
        {
            command.Transaction = transaction;
            using var reader = command.ExecuteReader();
            while (reader.Read()) present.Add(reader.GetString(0));
        }
        foreach (var (name, type) in AddedColumns.Where(c => !present.Contains(c.Name)))
        {
            using var alter = Command(connection, $"ALTER TABLE runs ADD COLUMN {name} {type}");
            alter.Transaction = transaction;
            alter.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static IEnumerable<(string, object?)> ProgressParameters(string id, RunProgress? p) =>
    [
        ("$id", id), ("$elapsed", p?.ElapsedSeconds), ("$objective", p?.Objective), ("$bound", p?.Bound), ("$gap", p?.Gap),
        ("$solutions", p?.Solutions),
    ];

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: FULL makes every commit survive a power cut too, not only a killed process.
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;");
        return connection;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseStamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static DateTimeOffset? OptionalStamp(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseStamp(reader.GetString(ordinal));
}
