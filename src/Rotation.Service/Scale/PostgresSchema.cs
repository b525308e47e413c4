using Hangfire.PostgreSql;
using Npgsql;

namespace Rotation.Service.Scale;

/// <summary>
/// Creates the tables of the runs (schema "rotation") and of the job engine (schema "hangfire") when they are missing.
/// Every node does this at start, under one advisory lock, so that nodes started together do not race to create them.
/// </summary>
public static class PostgresSchema
{
    public const string RunsTable = "rotation.runs";
    public const string FilesTable = "rotation.run_files";
    public const string KeysTable = "rotation.data_protection_keys";
    public const string ExperimentsTable = "rotation.experiments";
    public const string CellsTable = "rotation.experiment_cells";
    public const string HangfireSchema = "hangfire";

    /// <summary>Any fixed number will do, so long as every node uses the same one.</summary>
    private const long MigrationLock = 0x526f746174696f6e;

    public static void Migrate(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        Execute(connection, $"SELECT pg_advisory_lock({MigrationLock})");
        try
        {
            Execute(connection, $"""
                CREATE SCHEMA IF NOT EXISTS rotation;
                CREATE TABLE IF NOT EXISTS {RunsTable} (
                    seq BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    state TEXT NOT NULL,
                    time_limit DOUBLE PRECISION NOT NULL,
                    scenario BYTEA NOT NULL,
                    scenario_sha TEXT NOT NULL,
                    submitted TIMESTAMPTZ NOT NULL,
                    started TIMESTAMPTZ, finished TIMESTAMPTZ,
                    elapsed DOUBLE PRECISION, objective BIGINT, bound DOUBLE PRECISION, gap DOUBLE PRECISION, solutions INTEGER,
                    plan_status TEXT, error TEXT,
                    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
                    candidates INTEGER, diversity INTEGER, parent TEXT,
                    suggest_post TEXT, suggest_cadre TEXT, suggest_month TEXT, suggest_top INTEGER,
                    attempt INTEGER NOT NULL DEFAULT 0,
                    worker TEXT,
                    job TEXT);
                CREATE INDEX IF NOT EXISTS runs_by_source ON {RunsTable} (source, scenario_sha);
                CREATE TABLE IF NOT EXISTS {FilesTable} (
                    run_id TEXT NOT NULL REFERENCES {RunsTable} (id),
                    attempt INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    content BYTEA NOT NULL,
                    PRIMARY KEY (run_id, attempt, name));
                CREATE TABLE IF NOT EXISTS {KeysTable} (name TEXT PRIMARY KEY, xml TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS {ExperimentsTable} (
                    seq BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    definition BYTEA NOT NULL,
                    base BYTEA NOT NULL,
                    submitted TIMESTAMPTZ NOT NULL);
                CREATE TABLE IF NOT EXISTS {CellsTable} (
                    experiment TEXT NOT NULL REFERENCES {ExperimentsTable} (id),
                    position INTEGER NOT NULL,
                    variant TEXT NOT NULL,
                    replication INTEGER NOT NULL,
                    run TEXT REFERENCES {RunsTable} (id),
                    PRIMARY KEY (experiment, position));
                """);
            PostgreSqlObjectsInstaller.Install(connection, HangfireSchema);
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({MigrationLock})");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
