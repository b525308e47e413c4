using Npgsql;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Scale.Support;

/// <summary>
/// A cluster of real processes on one PostgreSQL database: an API node that solves nothing (<c>serve --store
/// --max-solves 0</c>) and <c>rotation worker</c>s, each in a data folder of its own, all stopped and removed after.
/// </summary>
internal sealed class Cluster(string store) : IDisposable
{
    /// <summary>Short, so that the kill test sees the redelivery soon; the default is 30 s.</summary>
    public const double RedeliverAfterSeconds = 10;

    private readonly List<ServiceProcess> _processes = [];
    private readonly List<ServiceProcess> _workers = [];
    private readonly List<string> _folders = [];

    public string Store => store;

    public ServiceProcess Api { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> WorkerProcesses => _workers;

    public static async Task<Cluster> StartAsync(string store, int workers)
    {
        var cluster = new Cluster(store);
        cluster.Api = await cluster.AddApiAsync();
        for (var i = 0; i < workers; i++) await cluster.AddWorkerAsync();
        return cluster;
    }

    /// <summary>An API node that solves nothing; any number may serve the same runs.</summary>
    public Task<ServiceProcess> AddApiAsync() => Add(folder => ServiceProcess.StartAsync(folder, ["--store", store, "--max-solves", "0"]));

    public async Task<ServiceProcess> AddWorkerAsync()
    {
        var worker = await Add(folder => ServiceProcess.StartWorkerAsync(folder, store, RedeliverAfterSeconds));
        _workers.Add(worker);
        return worker;
    }

    /// <summary>The number of attempts whose outputs are stored, per run.</summary>
    public Dictionary<string, long> StoredAttempts()
    {
        using var source = NpgsqlDataSource.Create(store);
        using var command = source.CreateCommand("SELECT run_id, count(DISTINCT attempt) FROM rotation.run_files GROUP BY run_id");
        using var reader = command.ExecuteReader();
        var attempts = new Dictionary<string, long>();
        while (reader.Read()) attempts[reader.GetString(0)] = reader.GetInt64(1);
        return attempts;
    }

    /// <summary>The worker each run was last solved by, as the store has it.</summary>
    public Dictionary<string, string?> Workers()
    {
        using var source = NpgsqlDataSource.Create(store);
        using var command = source.CreateCommand("SELECT id, worker FROM rotation.runs");
        using var reader = command.ExecuteReader();
        var workers = new Dictionary<string, string?>();
        while (reader.Read()) workers[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        return workers;
    }

    public string Logs => string.Join(Environment.NewLine + "----" + Environment.NewLine, _processes.Select(p => p.Log));

    public void Dispose()
    {
        foreach (var process in _processes) process.Dispose();
        foreach (var folder in _folders) TempFolder.Delete(folder);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<ServiceProcess> Add(Func<string, Task<ServiceProcess>> start)
    {
        var folder = TempFolder.Create();
        _folders.Add(folder);
        var process = await start(folder);
        _processes.Add(process);
        return process;
    }
}
