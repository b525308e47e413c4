using System.Text.Json.Nodes;

namespace Rotation.Domain.Tests.Loading;

/// <summary>A field the contract does not define is a warning, not an error, so that newer files still load.</summary>
public class ScenarioLoaderWarningTests
{
    [Fact]
    public void A_misspelt_policy_field_is_warned_about_with_the_field_it_probably_means()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["maxMovesPerMonht"] = 2;

        var result = scenario.Load();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.policy.maxMovesPerMonht", warning.Path);
        Assert.Equal("unknown field, ignored; did you mean \"maxMovesPerMonth\"?", warning.Message);
        Assert.Null(result.Value!.Policy.MaxMovesPerMonth);
    }

    [Fact]
    public void An_unknown_field_unlike_any_known_one_is_warned_about_without_a_suggestion()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["favouriteColour"] = "blue";

        var result = scenario.Load();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.cadres[1].favouriteColour", warning.Path);
        Assert.Equal("unknown field, ignored", warning.Message);
    }

    [Fact]
    public void Unknown_fields_at_every_level_are_each_warned_about()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["version"] = 2;
        scenario["horizon"]!["month"] = 3;
        scenario.At("posts", 0)["tittle"] = "Ops";
        scenario.At("courses", 0)["seats"] = 4;
        scenario.Policy()["weights"] = new JsonObject { ["moves"] = 5 };

        var paths = scenario.Load().Warnings.Select(w => w.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["$.courses[0].seats", "$.horizon.month", "$.policy.weights.moves", "$.posts[0].tittle", "$.version"], paths);
    }

    [Fact]
    public void Warnings_are_kept_when_the_file_also_has_problems()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["hroizon"] = 1;
        scenario.Remove("horizon");

        var result = scenario.Load();

        Assert.Equal(["$.horizon"], result.Problems.Select(p => p.Path));
        Assert.Equal(["$.hroizon"], result.Warnings.Select(w => w.Path));
        Assert.Contains("did you mean \"horizon\"?", result.Warnings[0].Message);
    }

    [Fact]
    public void A_valid_file_without_unknown_fields_has_no_warnings()
    {
        Assert.Empty(ScenarioJson.Scenario().Load().Warnings);
    }
}
