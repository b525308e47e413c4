using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Rotation.Service.Options;
using Rotation.Service.Scale;

namespace Rotation.Cli.Commands;

/// <summary>
/// The settings <c>serve</c> and <c>worker</c> share: ROTATION_* environment variables first, then the options given, all
/// checked at once; and how either stops when its store cannot be used.
/// </summary>
internal sealed class HostSettings
{
    public const string EnvironmentPrefix = "ROTATION_";

    private readonly string _name;
    private readonly bool _worker;
    private readonly Option<string?> _data = new("--data") { Description = "Folder of the database, the run outputs and the inbox (with --store: a local cache). Default ./data." };
    private readonly Option<string?> _url = new("--url") { Description = "Address to listen on. Default http://127.0.0.1:5080; port 0 picks a free one." };
    private readonly Option<string?> _store = new("--store") { Description = "PostgreSQL connection string (Npgsql's form) of a cluster's store; also ROTATION_STORE. Default: SQLite in the data folder." };
    private readonly Option<string?> _maxSolves = new("--max-solves") { Description = "Solves running at once. Default 1; with --store, 0 makes an API node only." };
    private readonly Option<string?> _workers = new("--workers") { Description = "Search workers of each solve. Default: one per core." };

    public HostSettings(string name, bool withUrl)
    {
        _name = name;
        _worker = !withUrl;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_data);
        if (!_worker) command.Options.Add(_url);
        command.Options.Add(_store);
        command.Options.Add(_maxSolves);
        command.Options.Add(_workers);
    }

    /// <summary>The checked options, or null after every problem is written to <paramref name="error"/>.</summary>
    public ServiceOptions? Read(ParseResult parse, TextWriter error)
    {
        var given = new Dictionary<string, string?>
        {
            [nameof(ServiceOptions.DataDirectory)] = parse.GetValue(_data),
            [nameof(ServiceOptions.Url)] = _worker ? null : parse.GetValue(_url),
            [nameof(ServiceOptions.Store)] = parse.GetValue(_store),
            [nameof(ServiceOptions.MaxConcurrentSolves)] = parse.GetValue(_maxSolves),
            [nameof(ServiceOptions.Workers)] = parse.GetValue(_workers),
        };
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(given.Where(pair => pair.Value is not null))
            .Build();
        var (options, problems) = _worker ? ServiceOptionsReader.ReadWorker(config) : ServiceOptionsReader.Read(config);
        if (options is not null) return options;
        foreach (var problem in problems) error.WriteLine($"rotation {_name}: {problem}");
        error.WriteLine($"rotation {_name}: {Words.Count(problems.Count, "setting")} to fix (environment variables {EnvironmentPrefix}NAME, or the options); not started");
        return null;
    }

    /// <summary>Runs the host; a store that cannot be used ends it with its reason and <see cref="ExitCodes.StoreUnavailable"/>.</summary>
    public static async Task<int> RunAsync(string name, TextWriter error, Func<Task> run)
    {
        try
        {
            await run();
            return ExitCodes.Ok;
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine($"rotation {name}: {ex.Message}; not started");
            return ExitCodes.StoreUnavailable;
        }
    }
}
