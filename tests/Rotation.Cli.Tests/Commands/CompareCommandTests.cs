using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rotation.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-compare-").FullName;
    private static readonly string Scenario = Repo.PathTo("datasets/pku-branch.json");
    private static readonly string Bundled = Repo.PathTo("datasets/pku-branch.plan.json");

    private string Write(string name, JsonNode content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }

    private static JsonNode BundledPlan() => JsonNode.Parse(File.ReadAllText(Bundled))!;

    /// <summary>The bundled plan with the locked c01 moved in the last month: H12 breaks, and the move counts against the plan.</summary>
    private string Changed()
    {
        var plan = BundledPlan();
        plan["assignments"]!.AsArray().Single(a => (string)a!["cadre"]! == "c01")!["posts"]!.AsArray()[^1] = "cyber-awareness";
        return Write("changed.json", plan);
    }

    [Fact]
    public void A_plan_compared_with_itself_differs_nowhere()
    {
        var run = CliRun.Of("compare", Scenario, Bundled, Bundled, "--out", _dir);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("0 cells differ", run.Output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "compare.json")));
        Assert.Equal(2, json.RootElement.GetProperty("plans").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("differences").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("why").GetArrayLength());
    }

    [Fact]
    public void A_changed_plan_is_explained_and_a_broken_rule_is_warned_about()
    {
        var changed = Changed();

        var run = CliRun.Of("compare", Scenario, Bundled, changed, "--out", _dir);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains($"{changed}: warning: breaks", run.Error);
        Assert.Contains("1 cell differs", run.Output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "compare.json")));
        var why = json.RootElement.GetProperty("why").EnumerateArray().ToArray();
        Assert.Contains(why, r => r.GetProperty("term").GetString() == "moves" && r.GetProperty("cadre").GetString() == "c01" &&
                                  r.GetProperty("delta").GetInt64() == 10 && r.GetProperty("month").GetString() == "2029-12");
        Assert.False(json.RootElement.GetProperty("plans")[1].GetProperty("holds").GetBoolean());
    }

    [Fact]
    public void The_json_the_markdown_and_the_page_are_written_and_named()
    {
        var changed = Changed();
        var outDir = Path.Combine(_dir, "out");

        var run = CliRun.Of("compare", Scenario, Bundled, changed, "--out", outDir);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] files = ["compare.json", "compare.md", "compare.html"];
        Assert.Equal(files.Order(), Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        Assert.Contains($"Written {string.Join(", ", files.Select(f => Path.Combine(outDir, f)))}.", run.Output);
        Assert.EndsWith($"Open {Path.Combine(outDir, "compare.html")} to see the plans side by side.", run.Output.TrimEnd());
        var md = File.ReadAllText(Path.Combine(outDir, "compare.md"));
        Assert.Contains("## Why plan 2 scores 10 more than plan 1", md);
        Assert.Contains("- 张伟 (c01) 2029-12: cyber-lead | cyber-awareness", md);
        var html = File.ReadAllText(Path.Combine(outDir, "compare.html"));
        // The one differing cell, marked in the row of each plan.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "data-differs"));
    }

    [Fact]
    public void A_plan_of_other_months_is_refused_and_nothing_is_written()
    {
        var plan = BundledPlan();
        plan["months"]!.AsArray()[0] = "2026-12";
        var other = Write("other.json", plan);
        var outDir = Path.Combine(_dir, "out");

        var run = CliRun.Of("compare", Scenario, Bundled, other, "--out", outDir);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("are not the scenario's 2027-01..2029-12", run.Error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void One_plan_alone_is_a_usage_error()
    {
        var run = CliRun.Of("compare", Scenario, Bundled, "--out", _dir);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
