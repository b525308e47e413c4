namespace Rotation.Cli.Tests;

/// <summary>Runs the rotation command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RotationCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
