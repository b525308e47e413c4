using Microsoft.Data.Sqlite;

namespace Rotation.Service.Storage;

/// <summary>One cell of a stored experiment: the run that solves it, or null when its replication had no valid draw.</summary>
public sealed record ExperimentCell(string Variant, int Replication, string? Run);

/// <summary>
/// A policy experiment as submitted: its file and base scenario as sent (so its draws can be made again), and the run
/// that solves each cell. The cells are ordinary runs in the queue.
/// </summary>
public sealed record ExperimentRecord(string Id, string Name, DateTimeOffset Submitted, byte[] Definition, byte[] Base,
    IReadOnlyList<ExperimentCell> Cells);

/// <summary>An experiment as a list shows it: its id, name, when it was submitted and how many cells it has.</summary>
public sealed record ExperimentEntry(string Id, string Name, DateTimeOffset Submitted, int Cells);

public sealed partial class RunStore
{
    private static void CreateExperimentTables(SqliteConnection connection) => Execute(connection, """
        CREATE TABLE IF NOT EXISTS experiments (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            definition BLOB NOT NULL,
            base BLOB NOT NULL,
            submitted TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS experiment_cells (
            experiment TEXT NOT NULL,
            variant TEXT NOT NULL,
            replication INTEGER NOT NULL,
            run TEXT,
            PRIMARY KEY (experiment, variant, replication));
        """);

    /// <summary>Stores the experiment and its cells in one transaction: a reader sees all of it or none.</summary>
    public void AddExperiment(ExperimentRecord experiment)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "INSERT INTO experiments (id, name, definition, base, submitted) VALUES ($id, $name, $definition, $base, $now)",
            ("$id", experiment.Id), ("$name", experiment.Name), ("$definition", experiment.Definition), ("$base", experiment.Base),
            ("$now", Stamp(experiment.Submitted)));
        foreach (var cell in experiment.Cells)
            Execute(connection, "INSERT INTO experiment_cells (experiment, variant, replication, run) VALUES ($id, $variant, $r, $run)",
                ("$id", experiment.Id), ("$variant", cell.Variant), ("$r", cell.Replication), ("$run", cell.Run));
        transaction.Commit();
    }

    public ExperimentRecord? GetExperiment(string id)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT name, definition, base, submitted FROM experiments WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var (name, definition, @base, submitted) = (reader.GetString(0), (byte[])reader.GetValue(1), (byte[])reader.GetValue(2), ParseStamp(reader.GetString(3)));
        var cells = new List<ExperimentCell>();
        using var cellCommand = Command(connection,
            "SELECT variant, replication, run FROM experiment_cells WHERE experiment = $id ORDER BY replication, rowid", ("$id", id));
        using var cellReader = cellCommand.ExecuteReader();
        while (cellReader.Read()) cells.Add(new ExperimentCell(cellReader.GetString(0), cellReader.GetInt32(1), Text(cellReader, 2)));
        return new ExperimentRecord(id, name, submitted, definition, @base, cells);
    }

    /// <summary>The newest experiments first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ExperimentEntry> ListExperiments(int limit)
    {
        using var connection = Open();
        using var command = Command(connection, """
            SELECT e.id, e.name, e.submitted, (SELECT count(*) FROM experiment_cells c WHERE c.experiment = e.id)
            FROM experiments e ORDER BY e.seq DESC LIMIT $limit
            """, ("$limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<ExperimentEntry>();
        while (reader.Read())
            entries.Add(new ExperimentEntry(reader.GetString(0), reader.GetString(1), ParseStamp(reader.GetString(2)), reader.GetInt32(3)));
        return entries;
    }
}
