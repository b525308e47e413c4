using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

[Collection(SolvedRunsCollection.Name)]
public class ReplanTests(SolvedRuns solved)
{
    /// <summary>c1 takes b1, c2's post, for two months: c2 has to make way.</summary>
    private const string Pin = """{ "pins": [ { "cadre": "c1", "post": "b1", "from": "2027-03", "to": "2027-04" } ], "timeLimit": 3 }""";

    [Fact]
    public async Task A_replan_is_a_new_run_of_the_parents_scenario_with_the_pin_and_the_published_plan_and_its_plan_holds_the_pin()
    {
        var parent = solved.First.Run.Id;
        var planner = solved.Service.Planner();

        var child = await Calls.Accept(await Calls.Replan(planner, parent, Pin));
        var done = await Calls.WaitUntilFinished(planner, child.Run.Id);

        Assert.Equal(parent, child.Run.Parent);
        Assert.Equal(3, child.Run.TimeLimitSeconds);
        var scenario = JsonNode.Parse(solved.Service.Store().Scenario(child.Run.Id)!.Content)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[ { "post": "b1", "from": "2027-03", "to": "2027-04" } ]"""), scenario["cadres"]![0]!["pins"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PlanFile(parent)), scenario["published"]));
        Assert.Equal(RunState.Completed, done.Run.State);
        Assert.Equal(parent, done.Run.Parent);
        var plan = JsonDocument.Parse(PlanFile(child.Run.Id)).RootElement;
        var c1 = plan.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("cadre").GetString() == "c1");
        Assert.Equal(["b1", "b1"], c1.GetProperty("posts").EnumerateArray().Skip(2).Take(2).Select(p => p.GetString()));
        // Compared under the re-plan's scenario: the parent's plan is seen against the pin it does not keep.
        var compared = await solved.Service.Viewer().GetAsync($"/api/compare?runs={parent},{child.Run.Id}");
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        var holds = JsonDocument.Parse(await compared.Content.ReadAsStringAsync()).RootElement.GetProperty("plans").EnumerateArray()
            .Select(p => p.GetProperty("holds").GetBoolean());
        Assert.Equal([false, true], holds);
    }

    [Fact]
    public async Task A_replan_of_a_candidates_run_publishes_its_first_candidate_and_takes_the_parents_time_limit()
    {
        var parent = solved.Candidates.Run;

        var child = await Calls.Accept(await Calls.Replan(solved.Service.Planner(), parent.Id, """{ "pins": [] }"""));

        var scenario = JsonNode.Parse(solved.Service.Store().Scenario(child.Run.Id)!.Content)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PlanFile($"{parent.Id}/candidate-1")), scenario["published"]));
        Assert.Equal(parent.TimeLimitSeconds, child.Run.TimeLimitSeconds);
        Assert.Null(child.Run.Candidates);
        await Calls.WaitUntilFinished(solved.Service.Planner(), child.Run.Id);
    }

    [Fact]
    public async Task A_replan_of_a_chosen_candidate_publishes_that_candidate_records_it_as_parent_and_compares_with_it()
    {
        var parent = $"{solved.Candidates.Run.Id}/candidate-2";
        var planner = solved.Service.Planner();

        var child = await Calls.Accept(await Calls.Replan(planner, parent, Pin));
        await Calls.WaitUntilFinished(planner, child.Run.Id);

        Assert.Equal(parent, child.Run.Parent);
        var scenario = JsonNode.Parse(solved.Service.Store().Scenario(child.Run.Id)!.Content)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PlanFile(parent)), scenario["published"]));
        var compared = await solved.Service.Viewer().GetAsync($"/api/compare?runs={parent},{child.Run.Id}");
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        var unrelated = await solved.Service.Viewer().GetAsync($"/api/compare?runs={solved.Candidates.Run.Id}/candidate-1,{child.Run.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, unrelated.StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_replan()
    {
        var response = await Calls.Replan(solved.Service.Viewer(), solved.First.Run.Id, Pin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("planner's token", await Calls.Detail(response));
    }

    [Fact]
    public async Task A_replan_of_an_unknown_run_is_404()
    {
        var response = await Calls.Replan(solved.Service.Planner(), "AAAAAAAAAAAAAAAAAAAAAA", Pin);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no run", await Calls.Detail(response));
    }

    [Theory]
    [InlineData("""{ "pins": [ { "cadre": "c1", "post": "b2", "from": "2027-03", "to": "2027-04" } ] }""",
        "$.cadres[0].pins[0].post: unknown post \"b2\"; did you mean \"b1\"?")]
    [InlineData("""{ "pins": [ { "cadre": "c1", "post": "b1", "from": "2027-03", "to": "2027-04" }, { "cadre": "c1", "post": "a1", "from": "2027-04", "to": "2027-05" } ] }""",
        "$.cadres[0].pins[1]: overlaps $.cadres[0].pins[0]")]
    [InlineData("""{ "pins": [ { "cadre": "c3", "post": "b1", "from": "2027-03", "to": "2027-04" } ] }""",
        "$.pins[0].cadre: unknown cadre \"c3\"; did you mean \"c1\"?")]
    [InlineData("""{ "pin": [] }""", "$.pin: unknown field; did you mean \"pins\"?")]
    [InlineData("""{ "pins": [ "c1" ] }""", "$.pins[0]: a pin is an object")]
    [InlineData("""{ "pins": [], "timeLimit": "soon" }""", "$.timeLimit: a number of seconds")]
    [InlineData("""{ "pins": [ { "cadre": "c1", "post": "b2", "from": "2027-03", "to": "2027-04" }, { "cadre": "c9", "post": "b1", "from": "2027-03", "to": "2027-04" } ] }""",
        "$.pins[1].cadre: unknown cadre \"c9\"", "$.cadres[0].pins[0].post: unknown post \"b2\"")]
    public async Task An_invalid_replan_gets_400_with_every_problem_and_nothing_is_queued(string body, params string[] problems)
    {
        var before = solved.Service.Store().List(100).Count;

        var response = await Calls.Replan(solved.Service.Planner(), solved.First.Run.Id, body);

        await Calls.Errors(response, problems);
        Assert.Equal(before, solved.Service.Store().List(100).Count);
    }

    [Theory]
    [InlineData("not json", "the body does not read as JSON ('not json' is an invalid JSON literal")]
    [InlineData("""{ "pins": [], "pins": [] }""", "the body does not read as JSON (Duplicate property 'pins'")]
    [InlineData("""{ "pins": [], "timeLimit": 1e9 }""", "timeLimit: 1000000000")]
    public async Task A_body_that_is_not_json_or_a_time_limit_out_of_range_is_400(string body, string problem)
    {
        var response = await Calls.Replan(solved.Service.Planner(), solved.First.Run.Id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await Calls.Detail(response));
    }

    private byte[] PlanFile(string folder) =>
        File.ReadAllBytes(Path.Combine(solved.Service.Options.RunsDirectory, folder, OutputSet.PlanFile));
}
