using System.Text.Json.Nodes;
using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Loading;

/// <summary>A cadre's <c>pins</c>: decisions already taken (rule H15), and the ways a pin can be written wrong.</summary>
public class ScenarioLoaderPinTests
{
    private static JsonObject Pin(string post, string from, string to) => new() { ["post"] = post, ["from"] = from, ["to"] = to };

    [Fact]
    public void Pins_are_read_with_their_post_and_months()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["pins"] = new JsonArray(Pin("legal-review-1", "2027-09", "2027-12"), Pin("cyber-ops-1", "2027-02", "2027-03"));

        var cadre = scenario.LoadValid().Cadres[0];

        Assert.Equal(2, cadre.Pins.Length);
        Assert.Equal("legal-review-1", cadre.PinnedPostIn(YearMonth.Parse("2027-10")));
        Assert.Equal("cyber-ops-1", cadre.PinnedPostIn(YearMonth.Parse("2027-02")));
        Assert.Null(cadre.PinnedPostIn(YearMonth.Parse("2027-05")));
    }

    [Fact]
    public void A_cadre_without_pins_has_none() => Assert.Empty(ScenarioJson.Scenario().LoadValid().Cadres[1].Pins);

    [Fact]
    public void A_pin_to_an_unknown_post_is_reported_with_the_post_it_probably_means()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["pins"] = new JsonArray(Pin("legal-reveiw-1", "2027-09", "2027-12"));

        var problem = scenario.Load().SingleProblem("$.cadres[1].pins[0].post");

        Assert.Equal("unknown post \"legal-reveiw-1\"; did you mean \"legal-review-1\"? (ids come from $.posts)", problem.Message);
    }

    [Fact]
    public void A_pin_that_ends_before_it_starts_is_reported()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["pins"] = new JsonArray(Pin("cyber-ops-1", "2027-09", "2027-06"));

        var problem = scenario.Load().SingleProblem("$.cadres[1].pins[0]");

        Assert.Contains("ends (2027-06) before it starts (2027-09)", problem.Message);
    }

    [Fact]
    public void Two_pins_of_one_cadre_that_overlap_are_reported_at_the_later_one()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["pins"] = new JsonArray(Pin("legal-review-1", "2027-09", "2027-12"), Pin("cyber-ops-1", "2027-02", "2027-03"),
            Pin("cyber-ops-1", "2027-12", "2028-01"));

        var problem = scenario.Load().SingleProblem("$.cadres[0].pins[2]");

        Assert.Contains("overlaps $.cadres[0].pins[0] (2027-09..2027-12)", problem.Message);
    }

    [Fact]
    public void A_pin_without_a_post_or_with_a_bad_month_is_reported_at_each_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["pins"] = new JsonArray(new JsonObject { ["from"] = "2027-13", ["to"] = "2027-12" });

        var paths = scenario.Load().Problems.Select(p => p.Path);

        Assert.Equal(["$.cadres[0].pins[0].post", "$.cadres[0].pins[0].from"], paths);
    }

    [Fact]
    public void A_pin_outside_the_horizon_loads_with_a_warning()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["pins"] = new JsonArray(Pin("legal-review-1", "2029-01", "2029-03"));

        var result = scenario.Load();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.cadres[0].pins[0]", warning.Path);
        Assert.Contains("outside the horizon 2027-01..2027-12", warning.Message);
    }
}
