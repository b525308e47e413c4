using Npgsql;
using Rotation.Service.Storage;

namespace Rotation.Service.Scale;

/// <summary>
/// The runs in PostgreSQL, shared by every API node and worker. A claim counts an attempt; every later write of a solve
/// (progress, finish, requeue) holds only while the run is still at that attempt, so a solve delivered twice, or taken
/// over from a worker presumed dead, stores exactly one result. An attempt's outputs are stored with its finish in one
/// transaction, so a reader sees all of them or none.
/// </summary>
public sealed partial class PostgresRunStore(NpgsqlDataSource source) : IRunStore
{
    private const string Columns =
        "id, source, state, time_limit, submitted, started, finished, elapsed, objective, bound, gap, solutions, plan_status, error, cancel_requested, " +
        "candidates, diversity, parent, suggest_post, suggest_cadre, suggest_month, suggest_top, attempt";

    private const string Claimed =
        "id, scenario, time_limit, source, candidates, diversity, parent, suggest_post, suggest_cadre, suggest_month, suggest_top, attempt";

    private const string RunsTable = PostgresSchema.RunsTable;
    private const string FilesTable = PostgresSchema.FilesTable;

    private static readonly string Queued = nameof(RunState.Queued);
    private static readonly string Running = nameof(RunState.Running);
    private static readonly string Cancelled = nameof(RunState.Cancelled);

    public string Kind => "postgresql";

    public void Add(string id, string source, double timeLimitSeconds, byte[] scenario, string scenarioSha, DateTimeOffset now,
        CandidatesAsked? candidates = null, string? parent = null, SuggestAsked? question = null)
    {
        using var connection = Open();
        Execute(connection, $"""
            INSERT INTO {RunsTable} (id, source, state, time_limit, scenario, scenario_sha, submitted, candidates, diversity, parent,
                suggest_post, suggest_cadre, suggest_month, suggest_top)
            VALUES (@id, @source, @state, @limit, @scenario, @sha, @now, @candidates, @diversity, @parent, @post, @cadre, @month, @top)
            """, ("id", id), ("source", source), ("state", Queued), ("limit", timeLimitSeconds), ("scenario", scenario),
            ("sha", scenarioSha), ("now", now.ToUniversalTime()), ("candidates", candidates?.Count), ("diversity", candidates?.Diversity),
            ("parent", parent), ("post", question?.Post), ("cadre", question?.Cadre), ("month", question?.Month), ("top", question?.Top));
    }

    /// <summary>
    /// Takes the run for a new attempt, whether it is queued or still held by an earlier attempt (a worker that died, or a
    /// duplicate delivery); null when it has ended, or when a planner had asked to cancel it (it ends cancelled here).
    /// </summary>
    public ClaimedRun? Claim(string id, string worker, DateTimeOffset now)
    {
        using var connection = Open();
        Execute(connection, $"UPDATE {RunsTable} SET state = @cancelled, finished = @now WHERE id = @id AND state = @running AND cancel_requested",
            ("cancelled", Cancelled), ("now", now.ToUniversalTime()), ("id", id), ("running", Running));
        using var command = Command(connection, $"""
            UPDATE {RunsTable} SET state = @running, attempt = attempt + 1, worker = @worker, started = @now,
                elapsed = NULL, objective = NULL, bound = NULL, gap = NULL, solutions = NULL
            WHERE id = @id AND state IN (@queued, @running)
            RETURNING {Claimed}
            """, ("running", Running), ("worker", worker), ("now", now.ToUniversalTime()), ("id", id), ("queued", Queued));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ClaimedRun(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetDouble(2), reader.GetString(3),
                Candidates(reader, 4), Text(reader, 6), Question(reader, 7), reader.GetInt32(11))
            : null;
    }

    public void ReportProgress(ClaimedRun run, RunProgress progress)
    {
        using var connection = Open();
        Execute(connection, $"""
            UPDATE {RunsTable} SET elapsed = @elapsed, objective = @objective, bound = @bound, gap = @gap, solutions = @solutions
            WHERE id = @id AND attempt = @attempt AND state = @running
            """, [.. ProgressParameters(run, progress), ("running", Running)]);
    }

    public bool Finish(ClaimedRun run, RunOutcome outcome, DateTimeOffset now, string outputs)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var changed = Execute(connection, $"""
            UPDATE {RunsTable} SET state = @state, plan_status = @plan, error = @error, finished = @now,
                elapsed = coalesce(@elapsed, elapsed), objective = coalesce(@objective, objective), bound = coalesce(@bound, bound),
                gap = coalesce(@gap, gap), solutions = coalesce(@solutions, solutions)
            WHERE id = @id AND attempt = @attempt AND state = @running
            """, [("state", outcome.State.ToString()), ("plan", outcome.PlanStatus), ("error", outcome.Error), ("now", now.ToUniversalTime()),
                ("running", Running), .. ProgressParameters(run, outcome.Final)]);
        if (changed == 0) return false;
        if (Directory.Exists(outputs))
            foreach (var file in Directory.EnumerateFiles(outputs, "*", SearchOption.AllDirectories))
                Execute(connection, $"INSERT INTO {FilesTable} (run_id, attempt, name, content) VALUES (@id, @attempt, @name, @content)",
                    ("id", run.Id), ("attempt", run.Attempt), ("name", Path.GetRelativePath(outputs, file).Replace('\\', '/')),
                    ("content", File.ReadAllBytes(file)));
        transaction.Commit();
        return true;
    }

    /// <summary>The attempt's outputs are dropped with its work folder; the next attempt starts afresh.</summary>
    public void Requeue(ClaimedRun run)
    {
        using var connection = Open();
        Execute(connection, $"UPDATE {RunsTable} SET state = @queued, started = NULL WHERE id = @id AND attempt = @attempt AND state = @running",
            ("queued", Queued), ("id", run.Id), ("attempt", run.Attempt), ("running", Running));
    }

    public CancelResult RequestCancel(string id, DateTimeOffset now)
    {
        using var connection = Open();
        // Each step is one conditional statement, so a run a worker claims in between is still caught by the next.
        if (Execute(connection, $"UPDATE {RunsTable} SET state = @cancelled, finished = @now, cancel_requested = TRUE WHERE id = @id AND state = @queued",
                ("cancelled", Cancelled), ("now", now.ToUniversalTime()), ("id", id), ("queued", Queued)) == 1)
            return CancelResult.CancelledBeforeStart;
        if (Execute(connection, $"UPDATE {RunsTable} SET cancel_requested = TRUE WHERE id = @id AND state = @running", ("id", id), ("running", Running)) == 1)
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
        using var command = Command(connection, $"SELECT {Columns} FROM {RunsTable} ORDER BY seq DESC LIMIT @limit", ("limit", limit));
        return ReadAll(command);
    }

    public StoredScenario? Scenario(string id)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT scenario, scenario_sha FROM {RunsTable} WHERE id = @id", ("id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredScenario(reader.GetFieldValue<byte[]>(0), reader.GetString(1)) : null;
    }

    public bool HasRunFrom(string source, string scenarioSha, DateTimeOffset since)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT 1 FROM {RunsTable} WHERE source = @source AND scenario_sha = @sha AND submitted >= @since LIMIT 1",
            ("source", source), ("sha", scenarioSha), ("since", since.ToUniversalTime()));
        return command.ExecuteScalar() is not null;
    }

    public bool IsReachable()
    {
        try
        {
            using var connection = Open();
            using var command = Command(connection, $"SELECT count(*) FROM {RunsTable}");
            return command.ExecuteScalar() is long;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Records the job engine's job of a queued run, so that <see cref="TakeUnqueued"/> leaves the run alone.</summary>
    public void SetJob(string id, string job)
    {
        using var connection = Open();
        Execute(connection, $"UPDATE {RunsTable} SET job = @job WHERE id = @id", ("job", job), ("id", id));
    }

    /// <summary>
    /// The queued runs submitted before <paramref name="before"/> that never got a job (their node stopped between the
    /// commit and the enqueue), each marked so that no other node takes it too.
    /// </summary>
    public IReadOnlyList<string> TakeUnqueued(DateTimeOffset before)
    {
        using var connection = Open();
        using var command = Command(connection, $"""
            UPDATE {RunsTable} SET job = @taking WHERE state = @queued AND job IS NULL AND submitted < @before RETURNING id
            """, ("taking", "taken by a sweep"), ("queued", Queued), ("before", before.ToUniversalTime()));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The outputs an attempt published, by their path in its folder ("candidate-1/plan.json").</summary>
    public IReadOnlyList<(string Name, byte[] Content)> Files(string id, int attempt)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT name, content FROM {FilesTable} WHERE run_id = @id AND attempt = @attempt",
            ("id", id), ("attempt", attempt));
        using var reader = command.ExecuteReader();
        var files = new List<(string, byte[])>();
        while (reader.Read()) files.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
        return files;
    }

    private static RunRecord? Get(NpgsqlConnection connection, string id)
    {
        using var command = Command(connection, $"SELECT {Columns} FROM {RunsTable} WHERE id = @id", ("id", id));
        return ReadAll(command).SingleOrDefault();
    }

    private static List<RunRecord> ReadAll(NpgsqlCommand command)
    {
        var records = new List<RunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var progress = reader.IsDBNull(7) ? null : new RunProgress(reader.GetDouble(7), reader.GetInt64(8), reader.GetDouble(9),
                reader.GetDouble(10), reader.GetInt32(11));
            records.Add(new RunRecord(reader.GetString(0), reader.GetString(1), Enum.Parse<RunState>(reader.GetString(2)),
                reader.GetDouble(3), Stamp(reader, 4)!.Value, Stamp(reader, 5), Stamp(reader, 6), progress, Text(reader, 12), Text(reader, 13),
                reader.GetBoolean(14), Candidates(reader, 15), Text(reader, 17), Question(reader, 18), reader.GetInt32(22)));
        }
        return records;
    }

    private static CandidatesAsked? Candidates(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new CandidatesAsked(reader.GetInt32(ordinal), reader.GetInt32(ordinal + 1));

    /// <summary>A suggest run's question from its four columns (post, cadre, month, top), or null for another run.</summary>
    private static SuggestAsked? Question(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal + 2) ? null
            : new SuggestAsked(Text(reader, ordinal), Text(reader, ordinal + 1), reader.GetString(ordinal + 2), reader.GetInt32(ordinal + 3));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Stamp(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetDateTime(ordinal), TimeSpan.Zero);

    private static IEnumerable<(string, object?)> ProgressParameters(ClaimedRun run, RunProgress? p) =>
    [
        ("id", run.Id), ("attempt", run.Attempt), ("elapsed", p?.ElapsedSeconds), ("objective", p?.Objective), ("bound", p?.Bound),
        ("gap", p?.Gap), ("solutions", p?.Solutions),
    ];

    private NpgsqlConnection Open() => source.OpenConnection();

    private static int Execute(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
