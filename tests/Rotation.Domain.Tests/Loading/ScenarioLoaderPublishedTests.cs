using System.Text.Json.Nodes;

namespace Rotation.Domain.Tests.Loading;

/// <summary>SPEC §2 <c>published</c>: a plan already announced, in the plan file's shape.</summary>
public class ScenarioLoaderPublishedTests
{
    private static JsonObject WithPublished(JsonArray months, params JsonObject[] rows)
    {
        var scenario = ScenarioJson.Scenario();
        scenario["published"] = new JsonObject { ["months"] = months, ["assignments"] = new JsonArray(rows) };
        return scenario;
    }

    private static JsonObject Row(string cadre, params string?[] posts) =>
        new() { ["cadre"] = cadre, ["posts"] = new JsonArray([.. posts.Select(p => (JsonNode?)p)]) };

    [Fact]
    public void A_published_plan_is_read_with_its_months_and_rows_including_empty_months()
    {
        var scenario = WithPublished(new JsonArray("2027-01", "2027-02"),
            Row("c01", "cyber-ops-1", "legal-review-1"), Row("c03", null, null));

        var published = scenario.LoadValid().Published!;

        Assert.Equal(["2027-01", "2027-02"], published.Months.ToArray());
        Assert.Equal("legal-review-1", published.PostOf("c01", "2027-02"));
        Assert.Null(published.PostOf("c03", "2027-01"));
        Assert.Null(published.PostOf("c01", "2027-03"));
    }

    [Fact]
    public void A_month_published_twice_is_reported_at_the_months_list()
    {
        var scenario = WithPublished(new JsonArray("2027-01", "2027-01"), Row("c01", "cyber-ops-1", "cyber-ops-1"));

        var problem = scenario.Load().SingleProblem("$.published.months");

        Assert.StartsWith("month 2027-01 is listed 2 times", problem.Message);
    }

    [Fact]
    public void A_cadre_with_two_published_rows_is_reported_at_the_second_row()
    {
        var scenario = WithPublished(new JsonArray("2027-01"),
            Row("c01", "cyber-ops-1"), Row("c02", "legal-review-1"), Row("c01", "cyber-ops-1"));

        var problem = scenario.Load().SingleProblem("$.published.assignments[2]");

        Assert.StartsWith("cadre \"c01\" has 2 rows", problem.Message);
    }

    [Theory]
    [InlineData(1, "1 entry")]
    [InlineData(3, "3 entries")]
    public void A_published_row_whose_length_differs_from_the_months_is_reported_at_its_posts(int length, string entries)
    {
        var scenario = WithPublished(new JsonArray("2027-01", "2027-02"),
            Row("c01", "cyber-ops-1", "cyber-ops-1"), Row("c02", [.. Enumerable.Repeat("legal-review-1", length)]));

        var problem = scenario.Load().SingleProblem("$.published.assignments[1].posts");

        Assert.StartsWith($"has {entries} but the plan has 2 months", problem.Message);
    }

    [Fact]
    public void A_published_row_for_an_unknown_cadre_is_reported_at_its_cadre_field()
    {
        var scenario = WithPublished(new JsonArray("2027-01"), Row("c1", "cyber-ops-1"));

        var problem = scenario.Load().SingleProblem("$.published.assignments[0].cadre");

        Assert.Contains("unknown cadre \"c1\"", problem.Message);
    }

    [Fact]
    public void An_unknown_published_post_is_reported_at_its_month_index()
    {
        var scenario = WithPublished(new JsonArray("2027-01", "2027-02"), Row("c01", "cyber-ops-1", "cyber-ops-2"));

        var problem = scenario.Load().SingleProblem("$.published.assignments[0].posts[1]");

        Assert.Contains("did you mean \"cyber-ops-1\"?", problem.Message);
    }

    [Fact]
    public void A_malformed_published_month_is_reported_at_its_index_and_not_as_a_wrong_row_length()
    {
        var scenario = WithPublished(new JsonArray("2027-01", "2027-2"), Row("c01", "cyber-ops-1", "cyber-ops-1"));

        scenario.Load().SingleProblem("$.published.months[1]");
    }

    [Fact]
    public void A_published_plan_without_months_is_reported_once_not_at_every_row()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["published"] = new JsonObject { ["assignments"] = new JsonArray(Row("c01", "cyber-ops-1")) };

        scenario.Load().SingleProblem("$.published.months");
    }

    [Fact]
    public void A_published_plan_without_months_or_assignments_is_reported_at_each()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["published"] = new JsonObject();

        var paths = scenario.Load().Problems.Select(p => p.Path);

        Assert.Equal(["$.published.months", "$.published.assignments"], paths);
    }

    [Fact]
    public void A_published_post_that_is_not_text_is_reported_at_its_index()
    {
        var scenario = WithPublished(new JsonArray("2027-01"), new JsonObject { ["cadre"] = "c01", ["posts"] = new JsonArray(7) });

        scenario.Load().SingleProblem("$.published.assignments[0].posts[0]");
    }

    [Fact]
    public void A_whole_plan_file_pasted_as_published_loads_and_its_extra_fields_are_not_warned_about()
    {
        var scenario = WithPublished(new JsonArray("2027-01"), Row("c01", "cyber-ops-1"));
        var published = scenario["published"]!.AsObject();
        published["status"] = "Optimal";
        published["objective"] = -10;
        published["handovers"] = new JsonArray();

        var result = scenario.Load();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
    }
}
