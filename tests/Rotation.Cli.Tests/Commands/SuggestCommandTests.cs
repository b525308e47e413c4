using System.Text.Json;

namespace Rotation.Cli.Tests.Commands;

public sealed class SuggestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-suggest-").FullName;
    private static readonly string Scenario = Repo.PathTo("datasets/pku-branch.json");
    private static readonly string Plan = Repo.PathTo("datasets/pku-branch.plan.json");

    [Fact]
    public void Where_a_cadre_could_go_writes_checked_suggestions()
    {
        var run = CliRun.Of("suggest", Scenario, Plan, "--cadre", "c11", "--month", "2028-03", "--top", "2", "--out", _dir,
            "--time-limit", "10", "--workers", "1");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("1. ", run.Output);
        using var list = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "suggestions.json")));
        Assert.InRange(list.RootElement.GetArrayLength(), 1, 2);
        var first = list.RootElement[0];
        var check = CliRun.Of("check", Path.Combine(_dir, first.GetProperty("scenario").GetString()!), Path.Combine(_dir, first.GetProperty("plan").GetString()!));
        Assert.Equal(ExitCodes.Ok, check.ExitCode);
    }

    [Fact]
    public void An_unknown_post_is_refused_with_the_post_it_probably_means()
    {
        var run = CliRun.Of("suggest", Scenario, Plan, "--post", "legal-eud", "--month", "2028-03", "--out", _dir);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("unknown post \"legal-eud\"; did you mean \"legal-edu\"?", run.Error);
    }

    [Theory]
    [InlineData("--post", "legal-edu", "--cadre", "c11")]
    [InlineData("--month", "2028-3", "--post", "legal-edu")]
    public void A_question_asked_wrongly_is_a_usage_error(string option1, string value1, string option2, string value2)
    {
        var args = new List<string> { "suggest", Scenario, Plan, option1, value1, option2, value2, "--out", _dir };
        if (option1 != "--month") args.AddRange(["--month", "2028-03"]);

        var run = CliRun.Of([.. args]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public void A_month_outside_the_horizon_is_refused()
    {
        var run = CliRun.Of("suggest", Scenario, Plan, "--post", "legal-edu", "--month", "2031-01", "--out", _dir);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("outside the horizon 2027-01..2029-12", run.Error);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
