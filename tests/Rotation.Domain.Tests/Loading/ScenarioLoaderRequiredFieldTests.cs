using System.Text.Json.Nodes;

namespace Rotation.Domain.Tests.Loading;

/// <summary>SPEC §2: "Required: horizon (months ≥ 1), at least one office, one post and one cadre; every id; …".</summary>
public class ScenarioLoaderRequiredFieldTests
{
    [Fact]
    public void A_missing_horizon_is_reported_at_horizon()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Remove("horizon");

        var problem = scenario.Load().SingleProblem("$.horizon");

        Assert.StartsWith("required", problem.Message);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("months")]
    public void A_horizon_without_start_or_months_is_reported_at_that_field(string field)
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!.AsObject().Remove(field);

        scenario.Load().SingleProblem($"$.horizon.{field}");
    }

    [Fact]
    public void A_horizon_of_zero_months_is_reported_at_its_months_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["months"] = 0;

        scenario.Load().SingleProblem("$.horizon.months");
    }

    [Theory]
    [InlineData("offices")]
    [InlineData("posts")]
    [InlineData("cadres")]
    public void A_missing_required_list_is_reported_at_that_list(string list)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Remove(list);

        var problem = scenario.Load().Problems.First();

        Assert.Equal($"$.{list}", problem.Path);
        Assert.StartsWith("required", problem.Message);
    }

    [Fact]
    public void An_empty_cadre_list_is_reported_at_cadres()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["cadres"] = new JsonArray();

        var problem = scenario.Load().SingleProblem("$.cadres");

        Assert.StartsWith("must not be empty", problem.Message);
    }

    [Fact]
    public void A_cadre_list_whose_only_cadre_is_broken_is_not_also_called_empty()
    {
        var scenario = ScenarioJson.Scenario();
        var only = scenario.At("cadres", 0);
        only.Remove("grade");
        scenario["cadres"] = new JsonArray(only.DeepClone());

        scenario.Load().SingleProblem("$.cadres[0].grade");
    }

    [Fact]
    public void A_course_whose_only_session_is_malformed_is_not_also_called_sessionless()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["sessions"] = new JsonArray("2027-7");

        scenario.Load().SingleProblem("$.courses[0].sessions[0]");
    }

    [Theory]
    [InlineData("offices", 1)]
    [InlineData("workNatures", 0)]
    [InlineData("courses", 0)]
    [InlineData("posts", 1)]
    [InlineData("cadres", 2)]
    public void An_item_without_an_id_is_reported_at_its_id_field(string list, int index)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At(list, index).Remove("id");

        var problem = scenario.Load().Problems.First();

        Assert.Equal($"$.{list}[{index}].id", problem.Path);
        Assert.StartsWith("required", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_id_is_reported_at_its_id_field(string id)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["id"] = id;

        var problem = scenario.Load().SingleProblem("$.courses[0].id");

        Assert.StartsWith("must not be empty", problem.Message);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("workNature")]
    public void A_post_without_its_office_or_work_nature_is_reported_at_that_field(string field)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0).Remove(field);

        scenario.Load().SingleProblem($"$.posts[0].{field}");
    }

    [Fact]
    public void A_cadre_without_a_grade_is_reported_at_its_grade_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0).Remove("grade");

        scenario.Load().SingleProblem("$.cadres[0].grade");
    }

    [Fact]
    public void A_cadre_without_a_grade_is_still_known_to_the_cadres_who_avoid_them()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0).Remove("grade");
        scenario.At("cadres", 1)["avoid"] = new JsonArray("c01");

        scenario.Load().SingleProblem("$.cadres[0].grade");
    }

    [Theory]
    [InlineData("grants")]
    [InlineData("months")]
    [InlineData("sessions")]
    public void A_course_without_grants_months_or_sessions_is_reported_at_that_field(string field)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0).Remove(field);

        scenario.Load().SingleProblem($"$.courses[0].{field}");
    }

    [Fact]
    public void A_course_with_no_sessions_is_reported_at_its_sessions_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["sessions"] = new JsonArray();

        var problem = scenario.Load().SingleProblem("$.courses[0].sessions");

        Assert.StartsWith("must not be empty", problem.Message);
    }

    [Fact]
    public void A_cadre_present_from_the_start_without_a_post_is_reported_at_its_post_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0).Remove("post");

        scenario.Load().SingleProblem("$.cadres[0].post");
    }

    [Fact]
    public void A_cadre_present_from_the_start_without_since_is_reported_at_its_since_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0).Remove("since");

        scenario.Load().SingleProblem("$.cadres[0].since");
    }

    [Fact]
    public void A_preference_without_a_weight_is_reported_at_its_weight_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["preferences"] = new JsonArray(new JsonObject { ["office"] = "legal" });

        scenario.Load().SingleProblem("$.cadres[0].preferences[0].weight");
    }

    [Fact]
    public void A_null_required_field_counts_as_missing()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["grade"] = null;

        var problem = scenario.Load().SingleProblem("$.cadres[1].grade");

        Assert.StartsWith("required", problem.Message);
    }
}
