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

    [Fact]
    public void A_misspelt_command_gets_the_closest_one_and_nothing_else()
    {
        var run = CliRun.Of("slove");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["rotation: unknown command \"slove\"; did you mean solve?", "rotation: run 'rotation --help' for the commands and their options"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_misspelt_option_gets_the_closest_one_and_the_commands_own_help()
    {
        var run = CliRun.Of("solve", "scenario.json", "--out", "out", "--time-limt", "10");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown option --time-limt; did you mean --time-limit?", run.Error);
        Assert.DoesNotContain("'10'", run.Error);
        Assert.Contains("rotation solve --help", run.Error);
    }

    [Theory]
    [InlineData("--time-limit", "abc", "--time-limit: \"abc\" is not a number")]
    [InlineData("--workers", "two", "--workers: \"two\" is not a whole number")]
    public void A_value_that_is_not_a_number_is_said_without_type_names(string option, string value, string expected)
    {
        var run = CliRun.Of("solve", "scenario.json", "--out", "out", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public void A_report_language_it_does_not_speak_is_a_usage_error_naming_the_ones_it_does()
    {
        var run = CliRun.Of("solve", "scenario.json", "--out", "out", "--lang", "fr");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["rotation: --lang: \"fr\" is not a report language; use en or zh", "rotation: run 'rotation solve --help' for its arguments and options"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Help_gives_each_default_once()
    {
        var run = CliRun.Of("solve", "--help");

        Assert.Contains("[default: 60]", run.Output);
        Assert.DoesNotContain("Default 60", run.Output);
    }
}
