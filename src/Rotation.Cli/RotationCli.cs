using System.CommandLine;
using Rotation.Cli.Commands;

namespace Rotation.Cli;

/// <summary>The <c>rotation</c> command: wires the sub-commands together. Writers are injected so tests run it in-process.</summary>
public static class RotationCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand(
            "Rotation plans staff rotation between the posts of several offices over a multi-year horizon, " +
            "keeping every rotation rule (tenure cycles, competencies, blackouts, avoidance…) and writing handover " +
            "plans and review checkpoints.")
        {
            SolveCommand.Create(output, error, clock),
            ValidateCommand.Create(output, error),
            ExportCommand.Create(output, error),
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            CompareCommand.Create(output, error),
            SuggestCommand.Create(output, error, clock),
            GenerateCommand.Create(output, error),
            ExperimentCommand.Create(output, error, clock),
            ServeCommand.Create(error, clock),
            WorkerCommand.Create(error, clock),
        };
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var line in UsageErrors.Describe(parse)) error.WriteLine($"rotation: {line}");
                return ExitCodes.Usage;
            }
            // Ctrl-C cancels the solve, which then writes its best plan; allow time for that before the process is ended.
            // The solve stops at once, but checking and writing a plan of thousands of cadres takes tens of seconds.
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = TimeSpan.FromSeconds(120),
            });
        }
        catch (Exception ex)
        {
            error.WriteLine($"rotation: internal error ({ex.GetType().Name}: {ex.Message}). This is a bug; please report it with the input files.");
            return ExitCodes.InternalError;
        }
    }
}
