using System.CommandLine;
using Rotation.Service;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation serve</c>: runs the rotation service until SIGTERM or Ctrl-C. Settings come from ROTATION_* environment
/// variables (ROTATION_PLANNERTOKEN, ROTATION_VIEWERTOKEN, ROTATION_STORE, ROTATION_MAXREQUESTBYTES…), then the options given here.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter error, TimeProvider clock)
    {
        var settings = new HostSettings("serve", withUrl: true);
        var command = new Command("serve",
            "Run the rotation service: an HTTP API (bearer tokens from ROTATION_PLANNERTOKEN and ROTATION_VIEWERTOKEN) that " +
            "queues solves, keeps every run in DATA/rotation.db and writes outputs under DATA/runs/; scenario files dropped " +
            "into DATA/inbox/ are queued too. With --store, runs and outputs live in PostgreSQL and solves are jobs that any " +
            "`rotation worker` takes (--max-solves 0: solve none here). Exit 0 after a clean stop, 64 when a setting is " +
            "wrong, 69 when the store cannot be used.");
        settings.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            if (settings.Read(parse, error) is not { } options) return ExitCodes.Usage;
            return await HostSettings.RunAsync("serve", error, async () =>
            {
                await using var app = ServiceApp.Build(options, clock);
                await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancel);
            });
        });
        return command;
    }
}
