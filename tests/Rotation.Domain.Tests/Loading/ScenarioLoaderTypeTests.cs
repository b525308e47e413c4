using System.Text.Json.Nodes;

namespace Rotation.Domain.Tests.Loading;

public class ScenarioLoaderTypeTests
{
    [Fact]
    public void A_horizon_written_as_text_is_reported_as_not_an_object()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"] = "2027-01";

        var problem = scenario.Load().SingleProblem("$.horizon");

        Assert.Contains("must be an object", problem.Message);
    }

    [Fact]
    public void Horizon_months_written_as_text_is_reported_as_not_a_whole_number()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["months"] = "12";

        var problem = scenario.Load().SingleProblem("$.horizon.months");

        Assert.Equal("must be a whole number, not the text \"12\"", problem.Message);
    }

    [Fact]
    public void A_fractional_grade_is_reported_at_the_grade()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["grade"] = 2.5;

        var problem = scenario.Load().SingleProblem("$.cadres[0].grade");

        Assert.Contains("2.5", problem.Message);
    }

    [Fact]
    public void An_office_list_written_as_an_object_is_reported_as_not_a_list()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["offices"] = new JsonObject { ["id"] = "cyber" };

        var problems = scenario.Load().Problems;

        Assert.Equal("must be a list [...], not an object", problems.Single(p => p.Path == "$.offices").Message);
    }

    [Fact]
    public void A_post_written_as_text_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["posts"]!.AsArray().Add("legal-review-2");

        var problem = scenario.Load().SingleProblem("$.posts[2]");

        Assert.Contains("must be an object", problem.Message);
    }

    [Fact]
    public void A_critical_flag_written_as_text_is_reported_as_not_true_or_false()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0)["critical"] = "yes";

        var problem = scenario.Load().SingleProblem("$.posts[0].critical");

        Assert.Equal("must be true or false, not the text \"yes\"", problem.Message);
    }

    [Fact]
    public void A_name_written_as_a_number_is_reported_as_not_a_string()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["name"] = 7;

        var problem = scenario.Load().SingleProblem("$.name");

        Assert.Equal("must be a string, not the number 7", problem.Message);
    }

    [Fact]
    public void Competencies_of_a_cadre_written_as_one_string_are_reported_as_not_a_list()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["competencies"] = "network-security";

        scenario.Load().SingleProblem("$.cadres[0].competencies");
    }

    [Fact]
    public void A_number_among_a_posts_requirements_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0)["requires"] = new JsonArray("network-security", 3);

        scenario.Load().SingleProblem("$.posts[0].requires[1]");
    }

    [Fact]
    public void A_policy_written_as_a_list_is_reported_as_not_an_object()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["policy"] = new JsonArray();

        scenario.Load().SingleProblem("$.policy");
    }

    [Fact]
    public void A_blackout_month_of_13_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("offices", 0)["blackoutMonthsOfYear"] = new JsonArray(9, 13);

        var problem = scenario.Load().SingleProblem("$.offices[0].blackoutMonthsOfYear[1]");

        Assert.Contains("from 1 to 12", problem.Message);
    }
}
