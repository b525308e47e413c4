using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Rotation.Service;
using Rotation.Service.Options;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation serve</c>: runs the rotation service until SIGTERM or Ctrl-C. Settings come from ROTATION_* environment
/// variables (ROTATION_PLANNERTOKEN, ROTATION_VIEWERTOKEN, ROTATION_MAXREQUESTBYTES…), then the options given here.
/// </summary>
internal static class ServeCommand
{
    public const string EnvironmentPrefix = "ROTATION_";

    public static Command Create(TextWriter error, TimeProvider clock)
    {
        var data = new Option<string?>("--data") { Description = "Folder of the database, the run outputs and the inbox. Default ./data." };
        var url = new Option<string?>("--url") { Description = "Address to listen on. Default http://127.0.0.1:5080; port 0 picks a free one." };
        var maxSolves = new Option<string?>("--max-solves") { Description = "Solves running at once. Default 1." };
        var workers = new Option<string?>("--workers") { Description = "Search workers of each solve. Default: one per core." };
        var command = new Command("serve",
            "Run the rotation service: an HTTP API (bearer tokens from ROTATION_PLANNERTOKEN and ROTATION_VIEWERTOKEN) that " +
            "queues solves, keeps every run in DATA/rotation.db and writes outputs under DATA/runs/; scenario files dropped " +
            "into DATA/inbox/ are queued too. Exit 0 after a clean stop, 64 when a setting is wrong.")
        {
            data, url, maxSolves, workers,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var given = new Dictionary<string, string?>
            {
                [nameof(ServiceOptions.DataDirectory)] = parse.GetValue(data),
                [nameof(ServiceOptions.Url)] = parse.GetValue(url),
                [nameof(ServiceOptions.MaxConcurrentSolves)] = parse.GetValue(maxSolves),
                [nameof(ServiceOptions.Workers)] = parse.GetValue(workers),
            };
            var config = new ConfigurationBuilder()
                .AddEnvironmentVariables(EnvironmentPrefix)
                .AddInMemoryCollection(given.Where(pair => pair.Value is not null))
                .Build();
            var (options, problems) = ServiceOptionsReader.Read(config);
            if (options is null)
            {
                foreach (var problem in problems) error.WriteLine($"rotation serve: {problem}");
                error.WriteLine($"rotation serve: {Words.Count(problems.Count, "setting")} to fix (environment variables {EnvironmentPrefix}NAME, or the options); not started");
                return ExitCodes.Usage;
            }
            await using var app = ServiceApp.Build(options, clock);
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancel);
            return ExitCodes.Ok;
        });
        return command;
    }
}
