using System.Net;
using Rotation.Comparison;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

[Collection(SolvedRunsCollection.Name)]
public class CandidatesRunTests(SolvedRuns solved)
{
    [Fact]
    public async Task A_candidates_run_keeps_what_it_asked_for_lists_its_candidates_and_serves_their_files()
    {
        var run = solved.Candidates;
        var viewer = solved.Service.Viewer();

        Assert.Equal(RunState.Completed, run.Run.State);
        Assert.Equal(new CandidatesAsked(2, 1), run.Run.Candidates);
        var candidates = run.Candidates!;
        Assert.Equal(["candidate-1", "candidate-2"], candidates.Select(c => c.Name));
        Assert.True(candidates[1].Distances["candidate-1"] >= 1, "the candidates are not a cell apart");
        Assert.Equal(candidates[0].Objective, run.Run.Progress!.Objective);
        Assert.True(candidates[0].Objective <= candidates[1].Objective, "the candidates are not ranked");
        Assert.Equal([CandidatesJson.File, .. CompareFiles.Names], run.Files.Select(f => f.Name));
        Assert.All(candidates, c => Assert.Equal(OutputSet.Files, c.Files.Select(f => f.Name)));
        var folder = Path.Combine(solved.Service.Options.RunsDirectory, run.Run.Id);
        foreach (var file in new[] { "candidate-2/plan.json", "candidate-2/report.html", CandidatesJson.File, CompareJson.File })
        {
            var response = await viewer.GetAsync($"/api/runs/{run.Run.Id}/{file}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, file)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("candidate-2/..%2F..%2F..%2Frotation.db")]
    [InlineData("..%2F..%2Frotation.db/plan.json")]
    [InlineData("candidate-1%2Fplan.json")]
    [InlineData("candidate-3/plan.json")]
    [InlineData("candidate-02/plan.json")]
    [InlineData("candidate-2/candidates.json")]
    [InlineData("candidate-2/plan.rejected.json")]
    public async Task Only_the_candidates_asked_for_and_their_listed_files_can_be_downloaded(string path)
    {
        var response = await solved.Service.Viewer().GetAsync($"/api/runs/{solved.Candidates.Run.Id}/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(await Calls.Detail(response));
    }

    [Fact]
    public async Task A_single_plan_run_has_no_candidates()
    {
        var response = await solved.Service.Viewer().GetAsync($"/api/runs/{solved.First.Run.Id}/candidate-1/plan.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(solved.First.Candidates);
        Assert.Null(solved.First.Run.Candidates);
    }

    [Theory]
    [InlineData("?candidates=0", "candidates: 0")]
    [InlineData("?candidates=21", "candidates: 21")]
    [InlineData("?candidates=two", "candidates: \"two\" is not a whole number")]
    [InlineData("?candidates=2&diversity=0", "diversity: 0")]
    [InlineData("?diversity=3", "diversity goes with candidates")]
    [InlineData("?candidates=2&diversty=3", "unknown query parameter \"diversty\"")]
    public async Task Candidates_and_diversity_out_of_range_are_refused_by_name(string query, string problem)
    {
        var before = solved.Service.Store().List(100).Count;

        var response = await Calls.PostQuery(solved.Service.Planner(), Scenarios.Tiny, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await Calls.Detail(response));
        Assert.Equal(before, solved.Service.Store().List(100).Count);
    }
}
