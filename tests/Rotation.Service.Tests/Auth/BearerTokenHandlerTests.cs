using System.Net;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Auth;

public class BearerTokenHandlerTests
{
    [Theory]
    [InlineData("GET", "/api/runs")]
    [InlineData("POST", "/api/runs")]
    [InlineData("GET", "/api/runs/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("GET", "/api/runs/AAAAAAAAAAAAAAAAAAAAAA/plan.json")]
    [InlineData("DELETE", "/api/runs/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("GET", "/api/runs/AAAAAAAAAAAAAAAAAAAAAA/candidate-2/plan.json")]
    [InlineData("POST", "/api/runs/AAAAAAAAAAAAAAAAAAAAAA/replan")]
    [InlineData("GET", "/api/compare?runs=AAAAAAAAAAAAAAAAAAAAAA,BBBBBBBBBBBBBBBBBBBBBB")]
    public async Task Every_api_call_without_a_token_is_401_with_a_bearer_challenge(string method, string path)
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Client(token: null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("send Authorization: Bearer TOKEN", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_token_is_401()
    {
        await using var service = await TestService.StartAsync();

        var response = await service.Client("not-a-configured-token-000").GetAsync("/api/runs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("neither the planner's nor the viewer's", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_viewer_reads_but_may_neither_submit_nor_cancel()
    {
        await using var service = await TestService.StartAsync();
        var run = await Calls.Submit(service.Planner(), Scenarios.Tiny);

        var submit = await Calls.PostJson(service.Viewer(), Scenarios.Tiny);
        var cancel = await service.Viewer().DeleteAsync($"/api/runs/{run.Run.Id}");
        var read = await service.Viewer().GetAsync($"/api/runs/{run.Run.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Contains("needs the planner's token", await submit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
