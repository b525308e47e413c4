using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Scale;

/// <summary>
/// Wires a node of the cluster: the PostgreSQL store, its outputs, and Hangfire on the same database, as a client (API
/// nodes queue solves) and as a server (nodes that solve take them).
/// </summary>
public static class ClusterServices
{
    /// <summary>How often an idle worker looks for a job: a queued run starts within about this long.</summary>
    public static readonly TimeSpan QueuePoll = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Opens the store and creates its tables when missing; a connection string that does not parse or a server that does
    /// not answer is a <see cref="StoreUnavailableException"/> saying which.
    /// </summary>
    public static NpgsqlDataSource Connect(string connectionString)
    {
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"the store's connection string does not parse ({ex.Message}); write it like " +
                "\"Host=db.example;Database=rotation;Username=rotation;Password=…\"", ex);
        }
        try
        {
            PostgresSchema.Migrate(source);
            return source;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            source.Dispose();
            throw new StoreUnavailableException($"the store at {target.Host}:{target.Port}, database {target.Database ?? target.Username}, " +
                $"cannot be used: {ex.Message}; check that PostgreSQL runs there, accepts this user, and that the database exists", ex);
        }
    }

    /// <summary>How the job engine uses PostgreSQL: its own schema, made by <see cref="PostgresSchema"/>, and a prompt redelivery.</summary>
    public static PostgreSqlStorageOptions StorageOptions(ServiceOptions options) => new()
    {
        SchemaName = PostgresSchema.HangfireSchema,
        // Every node has made the tables already, under the migration lock.
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = QueuePoll,
        // A worker's running job stays invisible while it lives (its fetch is renewed); a killed worker's job is taken by
        // another this long after the last renewal. Hangfire's default would wait half an hour.
        InvisibilityTimeout = TimeSpan.FromSeconds(options.RedeliverAfterSeconds),
        UseSlidingInvisibilityTimeout = true,
    };

    /// <summary>The job engine as every node and client of the cluster must see it: the same storage and the same way of writing jobs.</summary>
    public static IGlobalConfiguration UseJobs(IGlobalConfiguration config, string connectionString, ServiceOptions options) => config
        .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
        .UseSimpleAssemblyNameTypeSerializer()
        .UseRecommendedSerializerSettings()
        .UsePostgreSqlStorage(connect => connect.UseNpgsqlConnection(connectionString), StorageOptions(options));

    /// <param name="solves">Whether this node runs solves itself (<see cref="ServiceOptions.MaxConcurrentSolves"/> of them at once).</param>
    public static void Add(IServiceCollection services, ServiceOptions options, NpgsqlDataSource source, bool solves)
    {
        var store = new PostgresRunStore(source);
        services.AddSingleton(source);
        services.AddSingleton(store);
        services.AddSingleton<IRunStore>(store);
        services.AddSingleton<IExperimentStore>(store);
        services.AddSingleton<IRunFolders>(new StoredRunFolders(store, options.DataDirectory));
        services.AddSingleton<IRunQueue, HangfireRunQueue>();
        services.AddHostedService<QueueSweep>();
        services.AddHangfire(config => UseJobs(config, options.Store!, options));
        if (!solves) return;
        services.AddSingleton<RunCancellations>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<SolveJob>();
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.MaxConcurrentSolves;
            server.ServerName = options.WorkerName;
            // Within the host's own shutdown time, so that a stopped solve still queues its run again.
            server.ShutdownTimeout = ServiceApp.ShutdownTimeout;
        });
    }
}
