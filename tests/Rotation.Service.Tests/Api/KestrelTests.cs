using System.Net;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

/// <summary>The same API over a real Kestrel listening on 127.0.0.1, port 0.</summary>
public class KestrelTests
{
    [Fact]
    public async Task A_run_is_submitted_solved_and_downloaded_over_loopback()
    {
        await using var service = await TestService.StartAsync(kestrel: true);
        var client = service.Planner();

        var run = await Calls.Submit(client, Scenarios.Tiny);
        var done = await Calls.WaitUntilFinished(client, run.Run.Id);
        var plan = await service.Viewer().GetAsync($"/api/runs/{run.Run.Id}/{OutputSet.PlanFile}");

        Assert.Equal(IPAddress.Loopback.ToString(), service.Address!.Host);
        Assert.Equal(RunState.Completed, done.Run.State);
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal("application/json", plan.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413_and_nothing_is_queued()
    {
        await using var service = await TestService.StartAsync(o => o with { MaxRequestBytes = 2048 }, kestrel: true);
        var padded = Scenarios.Tiny.Replace("\"tiny\"", $"\"{new string('x', 4096)}\"");

        var response = await Calls.PostJson(service.Planner(), padded);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2048", await response.Content.ReadAsStringAsync());
        Assert.Empty(service.Store().List(10));
    }
}
