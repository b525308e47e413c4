using System.Net;
using System.Text.Json;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

[Collection(SolvedRunsCollection.Name)]
public class CompareTests(SolvedRuns solved)
{
    [Fact]
    public async Task A_viewer_compares_two_runs_of_one_scenario_as_compare_json()
    {
        var (first, second) = (solved.First.Run.Id, solved.Second.Run.Id);

        var response = await solved.Service.Viewer().GetAsync($"/api/compare?runs={first},{second}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = PlanComparison.Of(ScenarioLoader.Load(Scenarios.Tiny).Value!, [Plan(first, "plan.json"), Plan(second, "plan.json")]);
        Assert.Equal(CompareJson.ToUtf8(expected), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_candidates_run_is_compared_with_its_second_candidate_and_its_own_plan_is_the_first_candidates()
    {
        var id = solved.Candidates.Run.Id;

        var withSecond = await Compare($"{id},{id}/candidate-2");
        var withFirst = await Compare($"{id},{id}/candidate-1");

        var plans = withSecond.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([id, $"{id}/candidate-2"], plans.Select(p => p.GetProperty("file").GetString()));
        Assert.Equal(solved.Candidates.Candidates![0].Distances["candidate-2"], plans[0].GetProperty("distances").GetProperty($"{id}/candidate-2").GetInt32());
        Assert.Equal(0, withFirst.GetProperty("differences").GetArrayLength());
    }

    [Theory]
    [InlineData("FIRST", HttpStatusCode.BadRequest, "1 plan given")]
    [InlineData("", HttpStatusCode.BadRequest, "0 plans given")]
    [InlineData("FIRST,SECOND,CANDIDATES,CANDIDATES/candidate-2", HttpStatusCode.BadRequest, "4 plans given")]
    [InlineData("FIRST,FIRST", HttpStatusCode.BadRequest, "given twice")]
    [InlineData("FIRST,AAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound, "no run \"AAAAAAAAAAAAAAAAAAAAAA\"")]
    [InlineData("FIRST,..%2F..%2Frotation.db", HttpStatusCode.NotFound, "no run")]
    [InlineData("FIRST,CANDIDATES/candidate-3", HttpStatusCode.NotFound, "candidate-1 to candidate-2")]
    [InlineData("FIRST,SECOND/candidate-2", HttpStatusCode.NotFound, "not a candidates run")]
    public async Task A_comparison_of_other_than_two_or_three_known_plans_is_refused(string runs, HttpStatusCode status, string problem)
    {
        var query = runs.Replace("FIRST", solved.First.Run.Id).Replace("SECOND", solved.Second.Run.Id)
            .Replace("CANDIDATES", solved.Candidates.Run.Id);

        var response = await solved.Service.Viewer().GetAsync($"/api/compare?runs={query}");

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(problem, await Calls.Detail(response));
    }

    [Fact]
    public async Task A_misspelt_query_parameter_is_refused_by_name()
    {
        var response = await solved.Service.Viewer().GetAsync($"/api/compare?run={solved.First.Run.Id},{solved.Second.Run.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown query parameter \"run\"", await Calls.Detail(response));
    }

    [Theory]
    [InlineData("html", "text/html")]
    [InlineData("md", "text/markdown")]
    [InlineData("json", "application/json")]
    public async Task The_comparison_comes_as_the_format_asked_for_byte_for_byte_as_compare_writes_it(string format, string type)
    {
        var (first, second) = (solved.First.Run.Id, solved.Second.Run.Id);

        var response = await solved.Service.Viewer().GetAsync($"/api/compare?runs={first},{second}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var expected = PlanComparison.Of(ScenarioLoader.Load(Scenarios.Tiny).Value!, [Plan(first, "plan.json"), Plan(second, "plan.json")]);
        var bytes = format switch { "html" => CompareHtml.ToUtf8(expected), "md" => CompareMarkdown.ToUtf8(expected), _ => CompareJson.ToUtf8(expected) };
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_ones_there_are()
    {
        var response = await solved.Service.Viewer().GetAsync($"/api/compare?runs={solved.First.Run.Id},{solved.Second.Run.Id}&format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format: \"pdf\"; give json, md or html", await Calls.Detail(response));
    }

    private async Task<JsonElement> Compare(string runs)
    {
        var response = await solved.Service.Viewer().GetAsync($"/api/compare?runs={runs}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private NamedPlan Plan(string id, string file) =>
        new(id, PlanLoader.Load(File.ReadAllBytes(Path.Combine(solved.Service.Options.RunsDirectory, id, file))).Value!);
}
