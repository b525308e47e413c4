using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Rotation.Service.Tests.Scale.Support;

/// <summary>
/// A PostgreSQL server for the cluster tests: the one ROTATION_TEST_POSTGRES names (a connection string whose user may
/// create databases), or else a throwaway cluster made here with the machine's initdb and pg_ctl, on a free port, removed
/// after. Each test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "ROTATION_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _pgCtl;
    private readonly string _admin;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            _admin = given;
            return;
        }
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
            : null;
        Assert.True(bin is not null, $"PostgreSQL is not installed: apt-get install postgresql, or set {Variable} to a server's connection string");
        _folder = Path.Combine(Path.GetTempPath(), $"rotation-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        // initdb refuses to run as root; the package's postgres user runs the throwaway cluster then.
        if (Environment.UserName == "root") Run("chown", "postgres", _folder);
        Postgres(Path.Combine(bin!, "initdb"), "-D", Data, "-A", "trust", "-U", "postgres", "--no-sync");
        Postgres(Path.Combine(bin!, "pg_ctl"), "-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "start",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
        _pgCtl = Path.Combine(bin!, "pg_ctl");
        _admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private string Data => Path.Combine(_folder!, "data");

    /// <summary>A new, empty database; its connection string.</summary>
    public string NewDatabase()
    {
        var name = $"rotation_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_admin) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        if (_folder is null) return;
        NpgsqlConnection.ClearAllPools();
        Postgres(_pgCtl!, "-D", Data, "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Postgres(string program, params string[] arguments)
    {
        if (Environment.UserName == "root") Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
