using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

public class ExperimentEndpointsTests
{
    private static string Body(string experiment) =>
        new JsonObject { ["experiment"] = JsonNode.Parse(experiment), ["scenario"] = JsonNode.Parse(SmallExperiment.Scenario) }.ToJsonString();

    [Fact]
    public async Task An_experiment_queues_its_cells_as_runs_and_shows_its_summary_and_charts_once_they_have_finished()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Planner().PostAsync("/api/experiments", Calls.JsonBody(Body(SmallExperiment.Json(replications: 2))));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var done = await WaitUntilCompleted(service.Viewer(), location);
        var runs = done.GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal(4, runs.Length);
        foreach (var cell in runs)
        {
            var run = JsonDocument.Parse(await service.Viewer().GetStringAsync($"/api/runs/{cell.GetProperty("run").GetString()}")).RootElement;
            Assert.Equal("completed", run.GetProperty("run").GetProperty("state").GetString());
        }
        var objective = done.GetProperty("summary").GetProperty("variants").GetProperty("cycle-30").GetProperty("objective");
        Assert.Equal(2, objective.GetProperty("n").GetInt32());
        Assert.True(done.GetProperty("summary").GetProperty("paired").GetProperty("cycle-30").TryGetProperty("moves", out _));
        var files = done.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("href").GetString()!).ToArray();
        Assert.Contains($"{location}/results.csv", files);
        var chart = await service.Viewer().GetAsync($"{location}/charts/kpi-objective.png");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        var page = await service.Viewer().GetStringAsync($"/experiments/{location.Split('/')[^1]}");
        Assert.Contains("data-summary", page);
        Assert.Contains($"{location}/charts/kpi-objective.png", page);
        Assert.Contains($"href=\"/experiments/{location.Split('/')[^1]}\"", await service.Viewer().GetStringAsync("/"));
    }

    [Fact]
    public async Task An_invalid_experiment_gets_400_with_every_problem_and_queues_nothing()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Planner().PostAsync("/api/experiments",
            Calls.JsonBody(Body("""{ "variants": { "a": {} }, "baseline": "b", "replications": 0 }""")));

        await Calls.Errors(response, ["$.baseline: \"b\" is not a variant", "$.replications: 0 is not a whole number"]);
        Assert.Empty(service.Store().List(10));
    }

    [Fact]
    public async Task A_viewer_cannot_queue_an_experiment_and_an_unknown_one_is_404()
    {
        await using var service = await TestService.StartAsync();

        var post = await service.Viewer().PostAsync("/api/experiments", Calls.JsonBody(Body(SmallExperiment.Json())));
        var get = await service.Viewer().GetAsync("/api/experiments/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    private static Task<JsonElement> WaitUntilCompleted(HttpClient client, string location) =>
        Calls.WaitForJson(client, location, view => view.GetProperty("state").GetString() == "completed", seconds: 60);
}
