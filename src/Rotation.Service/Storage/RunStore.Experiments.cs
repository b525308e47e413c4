using Microsoft.Data.Sqlite;

namespace Rotation.Service.Storage;

public sealed partial class RunStore : IExperimentStore
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
