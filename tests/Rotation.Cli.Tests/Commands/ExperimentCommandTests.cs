namespace Rotation.Cli.Tests.Commands;

public sealed class ExperimentCommandTests : IDisposable
{
    private readonly SmallExperiment _files = new(SmallExperiment.Json(replications: 2));

    public void Dispose() => _files.Dispose();

    [Fact]
    public void An_experiment_runs_prints_a_line_per_cell_when_redirected_and_a_rerun_keeps_every_cell()
    {
        var run = CliRun.Of("experiment", _files.File, "--out", _files.Out, "--parallel", "2");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("2 variants × 2 replications", run.Error);
        Assert.Contains("[4/4] ", run.Error);
        Assert.Contains("Done in ", run.Output);
        Assert.Contains("4 of 4 cells have a checked plan (0 kept from an earlier run)", run.Output);
        Assert.True(File.Exists(Path.Combine(_files.Out, "summary.md")));

        var again = CliRun.Of("experiment", _files.File, "--out", _files.Out);

        Assert.Equal(ExitCodes.Ok, again.ExitCode);
        Assert.Contains("(4 kept from an earlier run)", again.Output);
    }

    [Fact]
    public void An_invalid_experiment_exits_2_naming_the_file_and_each_json_path_and_writes_nothing()
    {
        File.WriteAllText(_files.File, """{ "base": "small.json", "variants": { "a": { "horizon": { "months": 0 } } }, "seed": -1 }""");

        var run = CliRun.Of("experiment", _files.File, "--out", _files.Out);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{_files.File}: $.variants.a: the patched scenario is invalid: $.horizon.months:", run.Error);
        Assert.Contains($"{_files.File}: $.seed: -1 is not a whole number", run.Error);
        Assert.Contains("2 problems; nothing was done", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(Directory.Exists(_files.Out));
    }

    [Fact]
    public void A_parallel_of_zero_is_a_usage_error()
    {
        var run = CliRun.Of("experiment", _files.File, "--out", _files.Out, "--parallel", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--parallel must be between 1 and 256", run.Error);
    }
}
