namespace Rotation.Cli.Tests;

public class RotationCliTests
{
    [Fact]
    public void Help_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("validate", run.Output);
        Assert.Contains("check", run.Output);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_a_pointer_to_help()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("rotation --help", run.Error);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var run = CliRun.Of("check", "scenario.json");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("PLAN", run.Error);
    }
}
