using Rotation.Service.Storage;

namespace Rotation.Service.Scale;

public sealed partial class PostgresRunStore : IExperimentStore
{
    private const string ExperimentsTable = PostgresSchema.ExperimentsTable;
    private const string CellsTable = PostgresSchema.CellsTable;

    public void AddExperiment(ExperimentRecord experiment)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"INSERT INTO {ExperimentsTable} (id, name, definition, base, submitted) VALUES (@id, @name, @definition, @base, @now)",
            ("id", experiment.Id), ("name", experiment.Name), ("definition", experiment.Definition), ("base", experiment.Base),
            ("now", experiment.Submitted.ToUniversalTime()));
        for (var i = 0; i < experiment.Cells.Count; i++)
        {
            var cell = experiment.Cells[i];
            Execute(connection, $"INSERT INTO {CellsTable} (experiment, position, variant, replication, run) VALUES (@id, @position, @variant, @r, @run)",
                ("id", experiment.Id), ("position", i), ("variant", cell.Variant), ("r", cell.Replication), ("run", cell.Run));
        }
        transaction.Commit();
    }

    public ExperimentRecord? GetExperiment(string id)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT name, definition, base, submitted FROM {ExperimentsTable} WHERE id = @id", ("id", id));
        string name;
        byte[] definition, @base;
        DateTimeOffset submitted;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            (name, definition, @base, submitted) = (reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2), Stamp(reader, 3)!.Value);
        }
        using var cellCommand = Command(connection, $"SELECT variant, replication, run FROM {CellsTable} WHERE experiment = @id ORDER BY position",
            ("id", id));
        using var cellReader = cellCommand.ExecuteReader();
        var cells = new List<ExperimentCell>();
        while (cellReader.Read()) cells.Add(new ExperimentCell(cellReader.GetString(0), cellReader.GetInt32(1), Text(cellReader, 2)));
        return new ExperimentRecord(id, name, submitted, definition, @base, cells);
    }

    public IReadOnlyList<ExperimentEntry> ListExperiments(int limit)
    {
        using var connection = Open();
        using var command = Command(connection, $"""
            SELECT e.id, e.name, e.submitted, (SELECT count(*) FROM {CellsTable} c WHERE c.experiment = e.id)
            FROM {ExperimentsTable} e ORDER BY e.seq DESC LIMIT @limit
            """, ("limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<ExperimentEntry>();
        while (reader.Read()) entries.Add(new ExperimentEntry(reader.GetString(0), reader.GetString(1), Stamp(reader, 2)!.Value, (int)reader.GetInt64(3)));
        return entries;
    }

    /// <summary>
    /// The newest run from <paramref name="source"/> of this exact scenario and time limit that has not failed or been
    /// cancelled: a cell queued by an earlier, interrupted run of the same experiment, to wait for rather than solve again.
    /// </summary>
    public RunRecord? Latest(string source, string scenarioSha, double timeLimitSeconds)
    {
        using var connection = Open();
        using var command = Command(connection, $"""
            SELECT {Columns} FROM {RunsTable}
            WHERE source = @source AND scenario_sha = @sha AND time_limit = @limit AND state IN (@queued, @running, @completed)
            ORDER BY seq DESC LIMIT 1
            """, ("source", source), ("sha", scenarioSha), ("limit", timeLimitSeconds), ("queued", Queued), ("running", Running),
            ("completed", nameof(RunState.Completed)));
        return ReadAll(command).SingleOrDefault();
    }
}
