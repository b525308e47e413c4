using Rotation.Domain.Loading;

namespace Rotation.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-export-").FullName;

    private string At(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Export_then_import_gives_back_the_bundled_scenario()
    {
        var export = CliRun.Of("export", Repo.PathTo("datasets/pku-branch.json"), "--out", At("roster.xlsx"));
        var import = CliRun.Of("import", At("roster.xlsx"), "--out", At("scenario.json"));

        Assert.Equal((ExitCodes.Ok, ""), (export.ExitCode, export.Error));
        Assert.Equal((ExitCodes.Ok, ""), (import.ExitCode, import.Error));
        Assert.Equal($"Written {At("scenario.json")}: 3 offices, 20 posts, 28 cadres, 6 courses; 36 months from 2027-01.\n", import.Output);
        var original = ScenarioLoader.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"))).Value!;
        var back = ScenarioLoader.Load(File.ReadAllBytes(At("scenario.json"))).Value!;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(original), System.Text.Json.JsonSerializer.Serialize(back));
    }

    [Fact]
    public void The_template_is_written_without_a_scenario_and_validates()
    {
        var run = CliRun.Of("export", "--template", "--out", At("template.xlsx"));
        var validate = CliRun.Of("validate", At("template.xlsx"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(ExitCodes.Ok, validate.ExitCode);
        Assert.StartsWith($"{At("template.xlsx")}: valid. 1 office, 1 post, 2 cadres, 1 course", validate.Output);
    }

    [Fact]
    public void Export_wants_a_scenario_or_the_template_not_both()
    {
        var neither = CliRun.Of("export", "--out", At("x.xlsx"));
        var both = CliRun.Of("export", Repo.PathTo("datasets/pku-branch.json"), "--template", "--out", At("x.xlsx"));

        Assert.Equal((ExitCodes.Usage, "rotation: export needs a SCENARIO to export, or --template for the example workbook\n"), (neither.ExitCode, neither.Error));
        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.False(File.Exists(At("x.xlsx")));
    }

    [Fact]
    public void An_invalid_scenario_is_not_exported()
    {
        File.WriteAllText(At("bad.json"), """{ "horizon": { "start": "2027-1", "months": 3 } }""");

        var run = CliRun.Of("export", At("bad.json"), "--out", At("x.xlsx"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{At("bad.json")}: $.horizon.start: ", run.Error);
        Assert.False(File.Exists(At("x.xlsx")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
