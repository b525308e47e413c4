using System.Text.Json.Nodes;
using Rotation.Domain.Loading;

namespace Rotation.Domain.Tests.Loading;

public class ScenarioLoaderLimitTests
{
    private static string WithNestedExtra(int arrays) =>
        ScenarioJson.Scenario().ToJsonString().TrimEnd('}') + ", \"extra\": " + new string('[', arrays) + new string(']', arrays) + "}";

    [Fact]
    public void Json_nested_32_levels_deep_is_accepted()
    {
        // The root object is level 1, so 31 nested lists reach level 32.
        var result = ScenarioLoader.Load(WithNestedExtra(31));

        Assert.True(result.Succeeded);
        Assert.Equal(["$.extra"], result.Warnings.Select(w => w.Path));
    }

    [Fact]
    public void Json_nested_33_levels_deep_is_refused_at_the_root_with_a_line()
    {
        var problem = ScenarioLoader.Load(WithNestedExtra(32)).SingleProblem("$");

        Assert.Contains("nested more than 32 levels", problem.Message);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void A_file_over_64_MiB_is_refused_before_it_is_parsed()
    {
        var bytes = new byte[Limits.MaxFileBytes + 1];

        var problem = ScenarioLoader.Load(bytes).SingleProblem("$");

        Assert.Contains("64 MiB", problem.Message);
    }

    [Fact]
    public void A_horizon_of_600_months_is_accepted()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["months"] = 600;

        Assert.Equal(600, scenario.LoadValid().Horizon.Months);
    }

    [Fact]
    public void A_horizon_of_601_months_is_reported_at_its_months_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["months"] = 601;

        var problem = scenario.Load().SingleProblem("$.horizon.months");

        Assert.Contains("from 1 to 600", problem.Message);
    }

    [Theory]
    [InlineData(1_000_000, true)]
    [InlineData(-1_000_000, true)]
    [InlineData(1_000_001, false)]
    [InlineData(-1_000_001, false)]
    public void A_weight_beyond_a_million_either_way_is_refused(int weight, bool accepted)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["weights"] = new JsonObject { ["preference"] = weight };

        var result = scenario.Load();

        if (accepted) Assert.Equal(weight, result.Value!.Policy.Weights.Preference);
        else result.SingleProblem("$.policy.weights.preference");
    }

    [Fact]
    public void A_grade_beyond_a_million_is_reported_at_the_grade()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["grade"] = 1_000_001;

        scenario.Load().SingleProblem("$.cadres[1].grade");
    }

    [Fact]
    public void A_number_too_large_for_any_integer_is_reported_not_thrown()
    {
        var json = ScenarioJson.Scenario().ToJsonString().Replace("\"grade\":2", "\"grade\":1e400");

        var problem = ScenarioLoader.Load(json).SingleProblem("$.cadres[0].grade");

        Assert.Contains("1e400", problem.Message);
    }

    [Fact]
    public void More_than_100000_cadres_are_refused_at_the_cadre_list()
    {
        var json = ScenarioJson.Scenario().ToJsonString();
        var start = json.IndexOf("\"cadres\":", StringComparison.Ordinal);
        var end = json.IndexOf(']', json.IndexOf("\"c03\"", StringComparison.Ordinal)) + 1;
        var cadres = "\"cadres\":[" + string.Join(",", Enumerable.Repeat("{}", Limits.MaxCadres + 1)) + "]";

        var problem = ScenarioLoader.Load(json[..start] + cadres + json[end..]).SingleProblem("$.cadres");

        Assert.Contains("at most 100000", problem.Message);
    }

    [Fact]
    public void More_than_10000_offices_are_refused_at_the_office_list()
    {
        var scenario = ScenarioJson.Scenario();
        var offices = new JsonArray();
        for (var i = 0; i <= Limits.MaxOffices; i++) offices.Add(new JsonObject { ["id"] = $"o{i}" });
        offices.Add(new JsonObject { ["id"] = "cyber" });
        offices.Add(new JsonObject { ["id"] = "legal" });
        scenario["offices"] = offices;

        var result = scenario.Load();

        var problem = Assert.Single(result.Problems, p => p.Path == "$.offices");
        Assert.Contains("at most 10000", problem.Message);
    }
}
