using System.Net;
using System.Text.Json;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Runs;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

[Collection(SolvedRunsCollection.Name)]
public class SuggestionsTests(SolvedRuns solved)
{
    /// <summary>Who could hold b1, c2's post, in March? c1, if c2 makes way.</summary>
    private const string Question = """{ "post": "b1", "month": "2027-03", "top": 3, "timeLimit": 3 }""";

    [Fact]
    public async Task A_suggest_run_answers_the_question_with_plans_that_hold_against_their_scenarios()
    {
        var parent = solved.First.Run.Id;
        var viewer = solved.Service.Viewer();

        var child = await Calls.Accept(await Calls.Suggest(solved.Service.Planner(), parent, Question));
        var done = await Calls.WaitUntilFinished(viewer, child.Run.Id);

        Assert.Equal((parent, new SuggestAsked("b1", null, "2027-03", 3), 3.0), (child.Run.Parent, child.Run.Question, child.Run.TimeLimitSeconds));
        Assert.Equal(solved.Service.Store().Scenario(parent)!.Sha, solved.Service.Store().Scenario(child.Run.Id)!.Sha);
        Assert.Equal((RunState.Completed, parent), (done.Run.State, done.Run.Parent));
        var suggestion = Assert.Single(done.Suggestions!);
        Assert.Equal((1, "c1", "b1"), (suggestion.Rank, suggestion.Cadre, suggestion.Post));
        Assert.Equal(["c2"], suggestion.Changes);
        Assert.Contains("c1 holds b1 in 2027-03 instead of a1", suggestion.Text);
        Assert.Equal([SuggestRun.ListFile, "suggestion-1.scenario.json", "suggestion-1.json"], done.Files.Select(f => f.Name));
        Assert.Equal(["suggestion-1.scenario.json", "suggestion-1.json"], suggestion.Files.Select(f => f.Name));
        var scenario = ScenarioLoader.Load(await viewer.GetByteArrayAsync(suggestion.Files[0].Href));
        var plan = PlanLoader.Load(await viewer.GetByteArrayAsync(suggestion.Files[1].Href));
        Assert.True(scenario.Succeeded && plan.Succeeded);
        Assert.True(PlanChecker.Check(scenario.Value!, plan.Value!).Holds);
        Assert.Equal(suggestion.Objective, plan.Value!.Objective);
        var list = JsonDocument.Parse(await viewer.GetByteArrayAsync($"/api/runs/{child.Run.Id}/{SuggestRun.ListFile}")).RootElement;
        Assert.Equal("suggestion-1.json", list[0].GetProperty("plan").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/runs/{child.Run.Id}/suggestion-2.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/runs/{child.Run.Id}/suggestion-4.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/runs/{parent}/{SuggestRun.ListFile}")).StatusCode);
    }

    [Fact]
    public async Task A_suggestion_compares_with_the_plan_asked_about_and_is_re_planned_with_its_pin_kept()
    {
        var parent = solved.First.Run.Id;
        var planner = solved.Service.Planner();
        var asked = await Calls.Accept(await Calls.Suggest(planner, parent, Question));
        await Calls.WaitUntilFinished(planner, asked.Run.Id);
        var suggestion = $"{asked.Run.Id}/suggestion-1";

        var compared = await solved.Service.Viewer().GetAsync($"/api/compare?runs={parent},{suggestion}");
        var missing = await solved.Service.Viewer().GetAsync($"/api/compare?runs={parent},{asked.Run.Id}/suggestion-2");
        var replanned = await Calls.Accept(await Calls.Replan(planner, suggestion, """{ "pins": [] }"""));

        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        var plans = JsonDocument.Parse(await compared.Content.ReadAsStringAsync()).RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([(parent, false), (suggestion, true)], plans.Select(p => (p.GetProperty("file").GetString(), p.GetProperty("holds").GetBoolean())));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("found fewer suggestions than suggestion-2", await Calls.Detail(missing));
        Assert.Equal(suggestion, replanned.Run.Parent);
        var scenario = System.Text.Json.Nodes.JsonNode.Parse(solved.Service.Store().Scenario(replanned.Run.Id)!.Content)!;
        Assert.Equal("b1", (string?)scenario["cadres"]![0]!["pins"]![0]!["post"]);
        await Calls.WaitUntilFinished(planner, replanned.Run.Id);
    }

    [Fact]
    public async Task A_suggest_run_of_a_candidates_run_asks_of_its_first_candidate_with_the_services_default_time_limit()
    {
        var parent = solved.Candidates.Run.Id;

        var child = await Calls.Accept(await Calls.Suggest(solved.Service.Planner(), parent, """{ "cadre": "c2", "month": "2027-02", "top": 1 }"""));
        var done = await Calls.WaitUntilFinished(solved.Service.Viewer(), child.Run.Id, seconds: 90);

        Assert.Equal(solved.Service.Options.DefaultTimeLimitSeconds, child.Run.TimeLimitSeconds);
        Assert.Equal(new SuggestAsked(null, "c2", "2027-02", 1), done.Run.Question);
        Assert.Equal(RunState.Completed, done.Run.State);
        Assert.Contains("c2 holds a1 in 2027-02", Assert.Single(done.Suggestions!).Text);
    }

    [Theory]
    [InlineData("""{ "post": "b1", "cadre": "c1", "month": "2027-03" }""", "$: give exactly one of post (who could fill it?) and cadre")]
    [InlineData("""{ "month": "2027-03" }""", "$: give exactly one of post")]
    [InlineData("""{ "post": "b2", "month": "2027-03" }""", "$.post: unknown post \"b2\"; did you mean \"b1\"?")]
    [InlineData("""{ "cadre": "c3", "month": "2027-03" }""", "$.cadre: unknown cadre \"c3\"; did you mean \"c1\"?")]
    [InlineData("""{ "post": "b1", "month": "2028-03" }""", "$.month: 2028-03 is outside the horizon 2027-01..2027-06")]
    [InlineData("""{ "post": "b1", "month": "March" }""", "$.month: \"March\" is not a month; write it YYYY-MM")]
    [InlineData("""{ "post": "b1" }""", "$.month: required")]
    [InlineData("""{ "post": "b1", "month": "2027-03", "top": 51 }""", "$.top: 51; ask for 1 to 50 suggestions")]
    [InlineData("""{ "post": "b1", "month": "2027-03", "timeLimit": "soon" }""", "$.timeLimit: a number of seconds")]
    [InlineData("""{ "psot": "b1", "month": "2027-03" }""", "$.psot: unknown field; did you mean \"post\"?", "$: give exactly one")]
    [InlineData("""{ "post": "b2", "cadre": "c3", "month": "2030-01" }""", "$: give exactly one", "$.post: unknown post \"b2\"",
        "$.cadre: unknown cadre \"c3\"", "$.month: 2030-01 is outside the horizon")]
    public async Task An_invalid_question_gets_400_with_every_problem_and_nothing_is_queued(string body, params string[] problems)
    {
        var before = solved.Service.Store().List(100).Count;

        var response = await Calls.Suggest(solved.Service.Planner(), solved.First.Run.Id, body);

        Assert.Equal(problems.Length, (await Calls.Errors(response, problems)).Length);
        Assert.Equal(before, solved.Service.Store().List(100).Count);
    }

    [Fact]
    public async Task Suggestions_of_an_unknown_run_are_404()
    {
        var response = await Calls.Suggest(solved.Service.Planner(), "AAAAAAAAAAAAAAAAAAAAAA", Question);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no run", await Calls.Detail(response));
    }

    [Fact]
    public async Task A_viewer_may_not_ask_for_suggestions()
    {
        var response = await Calls.Suggest(solved.Service.Viewer(), solved.First.Run.Id, Question);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("planner's token", await Calls.Detail(response));
    }
}
