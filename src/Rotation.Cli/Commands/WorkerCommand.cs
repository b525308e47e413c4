using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Rotation.Service.Scale;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation worker --store CONNECTION</c>: takes solve jobs from the cluster's PostgreSQL store until SIGTERM or Ctrl-C.</summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter error, TimeProvider clock)
    {
        var settings = new HostSettings("worker", withUrl: false);
        var command = new Command("worker",
            "Solve runs of a cluster: take the solve jobs that `rotation serve --store` nodes queue in PostgreSQL (--store or " +
            "ROTATION_STORE), --max-solves at once, storing each plan and its outputs there. A worker stopped by SIGTERM " +
            "queues its solves again; one that is killed loses nothing either, another worker takes its jobs. Exit 0 after " +
            "a clean stop, 64 when a setting is wrong, 69 when the store cannot be used.");
        settings.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            if (settings.Read(parse, error) is not { } options) return ExitCodes.Usage;
            return await HostSettings.RunAsync("worker", error, async () =>
            {
                using var host = WorkerApp.Build(options, clock);
                await host.RunAsync(cancel);
            });
        });
        return command;
    }
}
