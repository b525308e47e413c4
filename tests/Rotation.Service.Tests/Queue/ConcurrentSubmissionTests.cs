using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;
using Xunit.Abstractions;

namespace Rotation.Service.Tests.Queue;

public class ConcurrentSubmissionTests(ITestOutputHelper output)
{
    private const int Submissions = 100;

    [Fact]
    public async Task A_hundred_submissions_at_once_are_all_kept_once_and_all_solved()
    {
        await using var service = await TestService.StartAsync(o => o with { MaxConcurrentSolves = 2 });
        var client = service.Planner();
        var clock = Stopwatch.StartNew();

        var runs = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(_ => Calls.Submit(client, Scenarios.Tiny, timeLimit: 1)));
        var accepted = clock.Elapsed;
        var ids = runs.Select(r => r.Run.Id).ToHashSet();
        foreach (var id in ids) Assert.Equal(RunState.Completed, (await Calls.WaitUntilFinished(client, id, seconds: 90)).Run.State);
        output.WriteLine($"{Submissions} submissions accepted in {accepted.TotalSeconds:0.00} s, all solved in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(Submissions, ids.Count);
        var listed = (await service.Viewer().GetFromJsonAsync<JsonElement>("/api/runs")).GetProperty("runs").EnumerateArray()
            .Select(r => r.GetProperty("run").GetProperty("id").GetString()!).ToList();
        Assert.Equal(Submissions, listed.Count);
        Assert.True(ids.SetEquals(listed));
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(service.Options.RunsDirectory, id, "plan.json"))));
    }
}
