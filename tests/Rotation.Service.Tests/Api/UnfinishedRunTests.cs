using System.Net;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

public class UnfinishedRunTests
{
    [Fact]
    public async Task A_run_without_a_plan_yet_can_be_neither_compared_nor_replanned_nor_asked_for_suggestions()
    {
        await using var service = await TestService.StartAsync();
        var planner = service.Planner();
        var run = await Calls.Accept(await Calls.PostBytes(planner, Scenarios.Seed, timeLimit: 120));

        var compared = await service.Viewer().GetAsync($"/api/compare?runs={run.Run.Id},AAAAAAAAAAAAAAAAAAAAAA");
        var replanned = await Calls.Replan(planner, run.Run.Id, """{ "pins": [] }""");
        var suggested = await Calls.Suggest(planner, run.Run.Id, """{ "cadre": "c1", "month": "2027-03" }""");
        await planner.DeleteAsync($"/api/runs/{run.Run.Id}");

        Assert.Equal(HttpStatusCode.Conflict, compared.StatusCode);
        Assert.Contains("has no plan yet", await Calls.Detail(compared));
        Assert.Equal(HttpStatusCode.Conflict, replanned.StatusCode);
        Assert.Contains("has no plan yet", await Calls.Detail(replanned));
        Assert.Equal(HttpStatusCode.Conflict, suggested.StatusCode);
        Assert.Contains("has no plan yet", await Calls.Detail(suggested));
    }
}
