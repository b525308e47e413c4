using System.Net;
using System.Text;
using System.Text.Json;
using Rotation.Service.Scale;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Scale.Support;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Scale;

/// <summary>An API node of a cluster in-process: what it says of its store, and who sees the job engine's dashboard.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiNodeTests(PostgresServer server)
{
    [Fact]
    public async Task Given_an_api_node_then_health_names_the_store_and_the_dashboard_is_for_planners_only()
    {
        var store = server.NewDatabase();
        await using var service = await TestService.StartAsync(options => options with { Store = store, MaxConcurrentSolves = 0 });
        using var anonymous = service.Client(null);
        using var viewer = service.Viewer();
        using var planner = service.Planner();

        var health = JsonDocument.Parse(await anonymous.GetStringAsync("/health")).RootElement;
        Assert.Equal(("healthy", "postgresql"), (health.GetProperty("status").GetString(), health.GetProperty("store").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Given_two_api_nodes_then_they_sign_cookies_with_the_same_keys_from_the_store()
    {
        var store = server.NewDatabase();
        await using var first = await TestService.StartAsync(options => options with { Store = store, MaxConcurrentSolves = 0 });
        await using var second = await TestService.StartAsync(options => options with { Store = store, MaxConcurrentSolves = 0 });
        using var one = first.Client(null);
        using var other = second.Client(null);

        // The sign-in form carries an anti-forgery token, which needs a key.
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/signin")).StatusCode);

        using var source = Npgsql.NpgsqlDataSource.Create(store);
        using var keys = source.CreateCommand("SELECT count(*) FROM rotation.data_protection_keys");
        Assert.Equal(1L, keys.ExecuteScalar());
    }

    [Fact]
    public async Task Given_a_run_accepted_but_never_queued_as_a_job_then_a_node_queues_it()
    {
        var store = server.NewDatabase();
        using (var source = ClusterServices.Connect(store))
            new PostgresRunStore(source).Add("r1", "api", 5, Encoding.UTF8.GetBytes(Scenarios.Tiny), "sha", DateTimeOffset.UtcNow.AddMinutes(-1));

        await using var service = await TestService.StartAsync(options => options with { Store = store, MaxConcurrentSolves = 0, RedeliverAfterSeconds = 5 });

        using var check = Npgsql.NpgsqlDataSource.Create(store);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string? job;
        do
        {
            await Task.Delay(200);
            using var command = check.CreateCommand("SELECT job FROM rotation.runs WHERE id = 'r1'");
            job = command.ExecuteScalar() as string;
        }
        while (!long.TryParse(job, out _) && DateTime.UtcNow < deadline);
        Assert.True(long.TryParse(job, out _), $"the run's job is {job ?? "none"}");
    }

    [Fact]
    public async Task Given_an_api_node_that_solves_nothing_then_a_submitted_run_waits_queued_for_a_worker()
    {
        var store = server.NewDatabase();
        await using var service = await TestService.StartAsync(options => options with { Store = store, MaxConcurrentSolves = 0 });
        using var planner = service.Planner();

        var run = await Calls.Submit(planner, Scenarios.Tiny);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(RunState.Queued, (await Calls.Get(planner, run.Run.Id)).Run.State);
    }
}
