namespace Rotation.Cli.Tests.Commands;

public class ServeCommandTests
{
    [Fact]
    public void Serve_with_wrong_settings_lists_every_one_and_does_not_start()
    {
        // No ROTATION_PLANNERTOKEN is set for the tests, so the token problem is reported beside the options'.
        var run = CliRun.Of("serve", "--url", "http://0.0.0.0:5080", "--max-solves", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("rotation serve: Url: 0.0.0.0 is reachable from other machines", run.Error);
        Assert.Contains("rotation serve: MaxConcurrentSolves: 0; use 1 to 64", run.Error);
        Assert.Contains("no token is configured", run.Error);
        Assert.Contains("not started", run.Error);
    }

    [Fact]
    public void Serve_help_names_the_token_variables()
    {
        var run = CliRun.Of("serve", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("ROTATION_PLANNERTOKEN", run.Output);
        Assert.Contains("--data", run.Output);
    }
}
