using System.Text.Json.Nodes;

namespace Rotation.Domain.Tests.Loading;

/// <summary>SPEC §2: "ids are non-empty strings, unique within their list; every reference must resolve".</summary>
public class ScenarioLoaderReferenceTests
{
    [Fact]
    public void A_misspelt_post_of_a_cadre_is_reported_with_the_post_it_probably_means()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["post"] = "cyber-op-1";

        var problem = scenario.Load().SingleProblem("$.cadres[0].post");

        Assert.Equal("unknown post \"cyber-op-1\"; did you mean \"cyber-ops-1\"? (ids come from $.posts)", problem.Message);
    }

    [Fact]
    public void A_reference_like_no_id_is_reported_without_a_suggestion()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["post"] = "treasury";

        var problem = scenario.Load().SingleProblem("$.cadres[0].post");

        Assert.Equal("unknown post \"treasury\"; use an id from $.posts", problem.Message);
    }

    [Fact]
    public void An_unknown_office_of_a_post_is_reported_at_its_office_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 1)["office"] = "legl";

        var problem = scenario.Load().SingleProblem("$.posts[1].office");

        Assert.Contains("did you mean \"legal\"?", problem.Message);
    }

    [Fact]
    public void An_unknown_work_nature_of_a_post_is_reported_at_its_work_nature_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0)["workNature"] = "security-op";

        var problem = scenario.Load().SingleProblem("$.posts[0].workNature");

        Assert.Contains("did you mean \"security-ops\"?", problem.Message);
    }

    [Fact]
    public void An_unknown_competency_required_by_a_post_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 1)["requires"] = new JsonArray("contract-law", "contract-laws");

        var problem = scenario.Load().SingleProblem("$.posts[1].requires[1]");

        Assert.Contains("did you mean \"contract-law\"?", problem.Message);
    }

    [Fact]
    public void An_unknown_competency_granted_by_a_course_is_reported_at_its_grants_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["grants"] = "firewalls";

        scenario.Load().SingleProblem("$.courses[0].grants");
    }

    [Fact]
    public void Unknown_competencies_past_offices_and_avoided_cadres_of_a_cadre_are_each_reported_at_their_index()
    {
        var scenario = ScenarioJson.Scenario();
        var cadre = scenario.At("cadres", 1);
        cadre["competencies"] = new JsonArray("contract-law", "tax-law");
        cadre["pastOffices"] = new JsonArray("finance");
        cadre["avoid"] = new JsonArray("c01", "c09");

        var paths = scenario.Load().Problems.Select(p => p.Path);

        Assert.Equal(["$.cadres[1].competencies[1]", "$.cadres[1].pastOffices[0]", "$.cadres[1].avoid[1]"], paths);
    }

    [Fact]
    public void A_cadre_avoiding_themselves_is_reported_at_that_entry()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)["avoid"] = new JsonArray("c03");

        var problem = scenario.Load().SingleProblem("$.cadres[2].avoid[0]");

        Assert.Contains("cannot avoid themselves", problem.Message);
    }

    [Theory]
    [InlineData("post", "legal-review-2")]
    [InlineData("office", "identity")]
    [InlineData("workNature", "design")]
    public void A_preference_for_an_unknown_target_is_reported_at_its_target_field(string field, string id)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["preferences"] = new JsonArray(new JsonObject { [field] = id, ["weight"] = 2 });

        scenario.Load().SingleProblem($"$.cadres[0].preferences[0].{field}");
    }

    [Fact]
    public void A_tenure_for_an_unknown_work_nature_is_reported_at_its_entry()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject
        {
            ["byWorkNature"] = new JsonObject { ["security-opps"] = new JsonObject { ["min"] = 18 } },
        };

        var problem = scenario.Load().SingleProblem("$.policy.tenure.byWorkNature.security-opps");

        Assert.Contains("did you mean \"security-ops\"?", problem.Message);
    }

    [Theory]
    [InlineData("offices", "cyber", "office")]
    [InlineData("workNatures", "security-ops", "work nature")]
    [InlineData("courses", "sec-101", "course")]
    [InlineData("posts", "cyber-ops-1", "post")]
    [InlineData("cadres", "c01", "cadre")]
    public void A_repeated_id_is_reported_at_the_repeat_naming_the_first(string list, string id, string what)
    {
        var scenario = ScenarioJson.Scenario();
        var items = scenario[list]!.AsArray();
        items.Add(items[0]!.DeepClone());
        var repeat = items.Count - 1;

        var problem = scenario.Load().SingleProblem($"$.{list}[{repeat}]");

        Assert.Equal($"{what} id \"{id}\" is used again (first at $.{list}[0]); give each {what} its own id", problem.Message);
    }

    [Fact]
    public void A_repeated_competency_is_reported_at_its_second_occurrence()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["competencies"]!.AsArray().Add("network-security");

        scenario.Load().SingleProblem("$.competencies[2]");
    }

    [Fact]
    public void An_id_used_three_times_is_reported_at_each_repeat()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["offices"]!.AsArray().Add(new JsonObject { ["id"] = "cyber" });
        scenario["offices"]!.AsArray().Add(new JsonObject { ["id"] = "cyber" });

        var paths = scenario.Load().Problems.Select(p => p.Path);

        Assert.Equal(["$.offices[2]", "$.offices[3]"], paths);
    }
}
