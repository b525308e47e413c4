namespace Rotation.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void The_seed_dataset_is_valid()
    {
        var run = CliRun.Of("validate", Repo.PathTo("datasets/pku-branch.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("valid", run.Output);
        Assert.Equal("", run.Error);
    }

    public static TheoryData<string> BrokenScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.PathTo("tests/Rotation.Domain.Tests/Loading/Broken"), "*.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenScenarios))]
    public void Every_broken_scenario_exits_2_naming_the_file_and_a_json_path(string name)
    {
        var path = Repo.PathTo($"tests/Rotation.Domain.Tests/Loading/Broken/{name}");

        var run = CliRun.Of("validate", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{path}: $", run.Error);
        Assert.Equal("", run.Output);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_not_a_stack_trace()
    {
        var run = CliRun.Of("validate", "no/such/scenario.json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("no/such/scenario.json: no such file", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Binary_garbage_is_reported_as_invalid_json_with_a_line()
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, [0x00, 0xFF, 0x13, 0x37, 0x7B]);
        try
        {
            var run = CliRun.Of("validate", file);

            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Contains("(line 1,", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_misspelt_field_is_warned_about_but_the_scenario_stays_valid()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            { "horizon": { "start": "2027-01", "months": 3 },
              "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
              "posts": [ { "id": "p", "office": "a", "workNature": "w" } ],
              "cadres": [ { "id": "c", "grade": 1, "post": "p", "since": "2026-01" } ],
              "policy": { "maxMovesPerMonht": 2 } }
            """);
        try
        {
            var run = CliRun.Of("validate", file);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("$.policy.maxMovesPerMonht: unknown field, ignored; did you mean \"maxMovesPerMonth\"?", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
