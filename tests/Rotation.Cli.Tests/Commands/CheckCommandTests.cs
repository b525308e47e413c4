namespace Rotation.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-check-").FullName;

    private const string Scenario = """
        { "name": "tiny", "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" } ],
          "cadres": [ { "id": "c", "grade": 1, "post": "p", "since": "2025-01" } ] }
        """;

    private static string Plan(string posts, string status = "Optimal") => $$"""
        { "scenario": "tiny", "status": "{{status}}", "objective": 0, "bestBound": 0, "solveSeconds": 0.1,
          "terms": { "vacancy": 0, "moves": 0, "excessMoves": 0, "trainingCost": 0, "crossOffice": 0, "preference": 0, "changes": 0 },
          "months": ["2027-01", "2027-02", "2027-03"],
          "assignments": [ { "cadre": "c", "posts": {{posts}} } ],
          "trainings": [], "handovers": [], "checkpoints": [], "conflicts": [] }
        """;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_bundled_plan_for_the_seed_dataset_holds()
    {
        var run = CliRun.Of("check", Repo.PathTo("datasets/pku-branch.json"), Repo.PathTo("datasets/pku-branch.plan.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("holds", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void The_seed_plan_breaks_H12_once_its_locked_cadre_moves()
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.PathTo("datasets/pku-branch.plan.json")))!;
        var row = plan["assignments"]!.AsArray().Single(a => (string)a!["cadre"]! == "c01")!["posts"]!.AsArray();
        row[^1] = "cyber-awareness";

        var run = CliRun.Of("check", Repo.PathTo("datasets/pku-branch.json"), Write("moved.json", plan.ToJsonString()));

        Assert.Equal(ExitCodes.RulesBroken, run.ExitCode);
        Assert.Contains("H12 locked c01", run.Output);
    }

    [Fact]
    public void A_plan_that_keeps_every_rule_exits_0()
    {
        var run = CliRun.Of("check", Write("s.json", Scenario), Write("plan.json", Plan("""["p", "p", "p"]""")));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("holds", run.Output);
    }

    [Fact]
    public void A_plan_that_breaks_a_rule_exits_1_with_one_line_per_violation_naming_rule_cadre_and_month()
    {
        var run = CliRun.Of("check", Write("s.json", Scenario), Write("plan.json", Plan("""["p", null, "p"]""")));

        Assert.Equal(ExitCodes.RulesBroken, run.ExitCode);
        Assert.Contains("H1 presence c 2027-02: present but holds no post", run.Output);
        Assert.Matches(@"plan.json: \d+ violations?\n", run.Output.Replace("\r", ""));
    }

    [Fact]
    public void A_malformed_plan_exits_2_naming_its_json_path()
    {
        var plan = Write("plan.json", Plan("""["p", "p", "p"]""", status: "Done"));

        var run = CliRun.Of("check", Write("s.json", Scenario), plan);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{plan}: $.status: \"Done\" is not a status", run.Error);
    }

    [Fact]
    public void An_invalid_scenario_and_an_invalid_plan_are_both_reported_at_once()
    {
        var scenario = Write("s.json", Scenario.Replace("\"grade\": 1", "\"grade\": \"one\""));
        var plan = Write("plan.json", "{ \"status\": 7 }");

        var run = CliRun.Of("check", scenario, plan);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"{scenario}: $.cadres[0].grade", run.Error);
        Assert.Contains($"{plan}: $.status", run.Error);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
