using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rotation.Domain.Loading;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

public class RunEndpointsTests
{
    [Fact]
    public async Task A_submitted_scenario_is_solved_and_every_output_file_can_be_downloaded_with_its_type()
    {
        await using var service = await TestService.StartAsync();
        var client = service.Planner();

        var run = await Calls.Submit(client, Scenarios.Tiny);
        var done = await Calls.WaitUntilFinished(client, run.Run.Id);

        Assert.Equal(RunState.Completed, done.Run.State);
        Assert.Equal("Optimal", done.Run.PlanStatus);
        Assert.Equal(OutputSet.Files, done.Files.Select(f => f.Name));
        foreach (var name in OutputSet.Files)
        {
            var response = await service.Viewer().GetAsync($"/api/runs/{run.Run.Id}/{name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(File.ReadAllBytes(Path.Combine(service.Options.RunsDirectory, run.Run.Id, name)), await response.Content.ReadAsByteArrayAsync());
            Assert.NotEqual("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        }
        var plan = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{run.Run.Id}/{OutputSet.PlanFile}"));
        Assert.Equal("Optimal", plan.RootElement.GetProperty("status").GetString());
        Assert.Equal(plan.RootElement.GetProperty("objective").GetInt64(), done.Run.Progress!.Objective);
        Assert.Equal(0, done.Run.Progress.Gap);
        Assert.True(done.Run.Progress.Solutions >= 1, "no improving plan was reported");
    }

    [Fact]
    public async Task A_scenario_sent_as_a_multipart_file_is_queued_with_the_form_time_limit()
    {
        await using var service = await TestService.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Scenarios.Tiny)), "scenario", "tiny.json" },
            { new StringContent("3"), "timeLimit" },
        };

        var run = await Calls.Accept(await service.Planner().PostAsync("/api/runs", form));

        Assert.Equal(3, run.Run.TimeLimitSeconds);
        Assert.Equal(RunState.Completed, (await Calls.WaitUntilFinished(service.Planner(), run.Run.Id)).Run.State);
    }

    [Fact]
    public async Task The_report_names_an_uploaded_file_by_its_name_and_a_scenario_sent_as_the_body_by_the_scenarios_name()
    {
        await using var service = await TestService.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Scenarios.Tiny)), "scenario", "plans/tiny.json" },
        };

        var uploaded = await Calls.Accept(await service.Planner().PostAsync("/api/runs", form));
        var sent = await Calls.Submit(service.Planner(), Scenarios.Tiny);

        Assert.Equal(("api/tiny.json", "api"), (uploaded.Run.Source, sent.Run.Source));
        Assert.Matches("checked on \\d{4}-\\d{2}-\\d{2} for tiny.json\\.</p>", await Report(service, uploaded.Run.Id));
        Assert.Matches("checked on \\d{4}-\\d{2}-\\d{2} for scenario “tiny”\\.</p>", await Report(service, sent.Run.Id));
    }

    private static async Task<string> Report(TestService service, string id)
    {
        Assert.Equal(RunState.Completed, (await Calls.WaitUntilFinished(service.Viewer(), id)).Run.State);
        return await service.Viewer().GetStringAsync($"/api/runs/{id}/report.html");
    }

    [Fact]
    public async Task An_invalid_scenario_gets_400_with_the_loaders_problems_and_nothing_is_queued()
    {
        await using var service = await TestService.StartAsync();

        var response = await Calls.PostJson(service.Planner(), Scenarios.UnknownPost);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var expected = ScenarioLoader.Load(Scenarios.UnknownPost).Problems.Select(p => p.ToString());
        Assert.Equal(expected, body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("$.cadres[0].post: unknown post \"a2\"", body.GetProperty("errors")[0].GetString());
        Assert.Empty(await ListIds(service));
    }

    [Fact]
    public async Task A_scenario_with_an_unknown_field_is_queued_and_the_warning_is_given_back()
    {
        await using var service = await TestService.StartAsync();

        var run = await Calls.Accept(await Calls.PostJson(service.Planner(), Scenarios.Tiny.Replace("\"name\": \"tiny\",", "\"nmae\": \"x\", \"name\": \"tiny\",")));

        Assert.Contains(run.Warnings!, w => w.StartsWith("$.nmae: unknown field, ignored"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("soon")]
    public async Task A_time_limit_outside_the_allowed_range_is_refused(string limit)
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Planner().PostAsync($"/api/runs?timeLimit={limit}",
            new StringContent(Scenarios.Tiny, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("timeLimit", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_scenario_sent_as_curls_default_form_encoding_is_415_with_the_right_curl()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Planner().PostAsync("/api/runs",
            new StringContent(Scenarios.Tiny, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Type: application/json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_misspelt_query_parameter_is_refused_by_name()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Planner().PostAsync("/api/runs?timeLimt=5",
            new StringContent(Scenarios.Tiny, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("unknown query parameter", body);
        Assert.Contains("timeLimt", body);
        Assert.Contains("?timeLimit=120", body);
    }

    [Fact]
    public async Task The_list_shows_every_run_newest_first()
    {
        await using var service = await TestService.StartAsync();
        var first = await Calls.Submit(service.Planner(), Scenarios.Tiny);
        var second = await Calls.Submit(service.Planner(), Scenarios.Tiny);

        Assert.Equal([second.Run.Id, first.Run.Id], await ListIds(service));
    }

    [Fact]
    public async Task Run_ids_are_long_random_and_url_safe()
    {
        await using var service = await TestService.StartAsync();

        var ids = new[] { await Calls.Submit(service.Planner(), Scenarios.Tiny), await Calls.Submit(service.Planner(), Scenarios.Tiny) }
            .Select(r => r.Run.Id).ToList();

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{22}$", id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Frotation.db")]
    public async Task An_unknown_or_malformed_run_id_is_404(string id)
    {
        await using var service = await TestService.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await service.Viewer().GetAsync($"/api/runs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Viewer().GetAsync($"/api/runs/{id}/plan.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Planner().DeleteAsync($"/api/runs/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("plan.rejected.json")]
    [InlineData("..%2F..%2Frotation.db")]
    [InlineData("PLAN.JSON")]
    public async Task Only_the_listed_output_files_can_be_downloaded(string file)
    {
        await using var service = await TestService.StartAsync();
        var run = await Calls.Submit(service.Planner(), Scenarios.Tiny);
        await Calls.WaitUntilFinished(service.Planner(), run.Run.Id);

        var response = await service.Viewer().GetAsync($"/api/runs/{run.Run.Id}/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_running_solve_stops_it_and_keeps_the_best_plan_so_far()
    {
        await using var service = await TestService.StartAsync();
        var client = service.Planner();
        var run = await Calls.Accept(await Calls.PostBytes(client, Scenarios.Seed, timeLimit: 120));
        await Calls.WaitFor(client, run.Run.Id, r => r.Run.State == RunState.Running);

        var cancel = await client.DeleteAsync($"/api/runs/{run.Run.Id}");
        var done = await Calls.WaitUntilFinished(client, run.Run.Id, seconds: 20);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal(RunState.Cancelled, done.Run.State);
        Assert.True(done.Run.CancelRequested);
        Assert.Contains(done.Files, f => f.Name == OutputSet.PlanFile);
        Assert.True(done.Run.Finished - done.Run.Started < TimeSpan.FromSeconds(60), "the solve ran on after the cancel");
    }

    [Fact]
    public async Task Cancelling_a_queued_run_cancels_it_before_it_starts_and_a_finished_run_cannot_be_cancelled()
    {
        await using var service = await TestService.StartAsync();
        var client = service.Planner();
        var blocker = await Calls.Accept(await Calls.PostBytes(client, Scenarios.Seed, timeLimit: 120));
        var queued = await Calls.Submit(client, Scenarios.Tiny);

        var cancel = await client.DeleteAsync($"/api/runs/{queued.Run.Id}");
        await client.DeleteAsync($"/api/runs/{blocker.Run.Id}");
        await Calls.WaitUntilFinished(client, blocker.Run.Id, seconds: 20);
        var again = await client.DeleteAsync($"/api/runs/{queued.Run.Id}");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var run = await Calls.Get(client, queued.Run.Id);
        Assert.Equal(RunState.Cancelled, run.Run.State);
        Assert.Null(run.Run.Started);
        Assert.Empty(run.Files);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Client(token: null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> ListIds(TestService service)
    {
        var list = await service.Viewer().GetFromJsonAsync<JsonElement>("/api/runs");
        return [.. list.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("run").GetProperty("id").GetString()!)];
    }
}
