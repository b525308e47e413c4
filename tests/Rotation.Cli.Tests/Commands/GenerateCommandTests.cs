namespace Rotation.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-generate-").FullName;

    private string PathTo(string name) => Path.Combine(_dir, name);

    [Fact]
    public void A_planted_scenario_and_its_plan_are_written_and_the_plan_holds()
    {
        var run = CliRun.Of("generate", "--planted", "--offices", "4", "--cadres", "40", "--months", "36", "--seed", "3",
            "--out", PathTo("p.json"), "--plan-out", PathTo("p.plan.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        var check = CliRun.Of("check", PathTo("p.json"), PathTo("p.plan.json"));
        Assert.Equal(ExitCodes.Ok, check.ExitCode);
        Assert.Contains("holds. Status Feasible", check.Output);
    }

    [Fact]
    public void Without_plan_out_the_plan_goes_beside_the_scenario()
    {
        var run = CliRun.Of("generate", "--planted", "--cadres", "20", "--out", PathTo("small.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(["small.json", "small.planted.json"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Every_bad_planted_option_is_reported_at_once_and_nothing_is_written()
    {
        var run = CliRun.Of("generate", "--planted", "--offices", "2", "--cadres", "5", "--months", "6", "--out", PathTo("bad.json"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--offices:", run.Error);
        Assert.Contains("--cadres:", run.Error);
        Assert.Contains("--months:", run.Error);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_plan_file_needs_planted()
    {
        var run = CliRun.Of("generate", "--out", PathTo("s.json"), "--plan-out", PathTo("s.plan.json"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--plan-out: only a planted scenario has a plan", run.Error);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Without_planted_the_first_family_is_written_as_before()
    {
        var run = CliRun.Of("generate", "--offices", "2", "--cadres", "10", "--months", "12", "--out", PathTo("g.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(Rotation.Generation.ScenarioGenerator.Generate(new(2, 10, 12, 1)), File.ReadAllBytes(PathTo("g.json")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
