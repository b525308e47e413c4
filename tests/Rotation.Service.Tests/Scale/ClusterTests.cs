using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Generation;
using Rotation.Service.Api;
using Rotation.Service.Options;
using Rotation.Service.Scale;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Scale.Support;
using Rotation.Service.Tests.Support;
using Xunit.Abstractions;

namespace Rotation.Service.Tests.Scale;

/// <summary>
/// An API node and worker processes on one PostgreSQL database, as on several machines: every run solved once, a killed
/// worker's run solved by another, a job delivered twice stored once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTests(PostgresServer server, ITestOutputHelper output)
{
    /// <summary>As many as the issue asks; two workers solve these runs of 1 s in well under a minute on two cores.</summary>
    private const int Runs = 50;

    [Fact]
    public async Task Given_an_api_node_and_two_workers_when_runs_are_queued_then_each_is_solved_once_and_every_plan_holds()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 2);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        var scenarios = Enumerable.Range(1, Runs).Select(seed => ScenarioGenerator.Generate(new GeneratorOptions(3, 20, 12, seed))).ToList();
        var clock = Stopwatch.StartNew();
        var ids = new List<string>();
        foreach (var scenario in scenarios) ids.Add((await Calls.Accept(await Calls.PostBytes(client, scenario, timeLimit: 1))).Run.Id);

        var runs = new List<RunView>();
        foreach (var id in ids) runs.Add(await Calls.WaitUntilFinished(client, id, seconds: 120));
        output.WriteLine($"{Runs} runs of 1 s solved by two workers in {clock.Elapsed.TotalSeconds:F1} s");

        Assert.All(runs, run => Assert.Equal(RunState.Completed, run.Run.State));
        var attempts = cluster.StoredAttempts();
        Assert.Equal(ids.Order(), attempts.Keys.Order());
        Assert.All(attempts.Values, count => Assert.Equal(1, count));
        Assert.Equal(2, cluster.Workers().Values.Distinct().Count());
        // Read from another API node, which shares nothing with the first but the database.
        using var elsewhere = (await cluster.AddApiAsync()).Client(TestService.ViewerToken);
        for (var i = 0; i < Runs; i++)
        {
            var plan = PlanLoader.Load(await elsewhere.GetByteArrayAsync($"/api/runs/{ids[i]}/plan.json")).Value!;
            var report = PlanChecker.Check(ScenarioLoader.Load(scenarios[i]).Value!, plan);
            Assert.True(report.Holds, $"run {ids[i]}: {string.Join("; ", report.Violations.Take(3))}");
        }
    }

    [Fact]
    public async Task Given_a_worker_killed_mid_solve_then_its_run_completes_on_the_other_worker()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 1);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        var victim = cluster.WorkerProcesses.Single();
        var id = await SolvingAsync(client, timeLimit: 6);
        var survivor = await cluster.AddWorkerAsync();

        victim.Kill();
        var killed = Stopwatch.StartNew();
        await Calls.WaitFor(client, id, run => run.Run.Attempt == 2, seconds: 60);
        var pickUp = killed.Elapsed;
        output.WriteLine($"the killed worker's run was taken by the other {pickUp.TotalSeconds:F1} s after the kill " +
                         $"(redelivery after {Cluster.RedeliverAfterSeconds} s without renewal)");

        var done = await Calls.WaitUntilFinished(client, id, seconds: 60);
        Assert.Equal((RunState.Completed, 2), (done.Run.State, done.Run.Attempt));
        Assert.Equal(1, cluster.StoredAttempts()[id]);
        Assert.Contains(done.Files, f => f.Name == "plan.json");
        Assert.True(pickUp < TimeSpan.FromSeconds(Cluster.RedeliverAfterSeconds + 10), $"picked up after {pickUp}");
        Assert.Contains($"Run {id} attempt 2", survivor.Log);
    }

    [Fact]
    public async Task Given_a_worker_stopped_by_sigterm_mid_solve_then_its_run_is_handed_back_and_solved_by_the_other()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 1);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        var id = await SolvingAsync(client, timeLimit: 6);
        await cluster.AddWorkerAsync();

        var stopping = Stopwatch.StartNew();
        await cluster.WorkerProcesses[0].TerminateAsync();
        await Calls.WaitFor(client, id, run => run.Run.Attempt == 2, seconds: 30);
        var pickUp = stopping.Elapsed;
        output.WriteLine($"the stopped worker's run was taken by the other {pickUp.TotalSeconds:F1} s after SIGTERM");

        var done = await Calls.WaitUntilFinished(client, id, seconds: 60);
        Assert.Equal((RunState.Completed, 2), (done.Run.State, done.Run.Attempt));
        Assert.Equal(0, cluster.WorkerProcesses[0].ExitCode);
        // Handed back at once, not left for the redelivery of a worker presumed dead.
        Assert.True(pickUp < TimeSpan.FromSeconds(Cluster.RedeliverAfterSeconds), $"taken after {pickUp}");
    }

    [Fact]
    public async Task Given_a_job_delivered_twice_then_the_run_stores_one_result()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 2);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        var id = await SolvingAsync(client, timeLimit: 4);

        // The same run's job once more, as the engine would deliver it again: the other worker takes the run over.
        var options = ClusterServices.StorageOptions(new ServiceOptions());
        var jobs = new BackgroundJobClient(new PostgreSqlStorage(new NpgsqlConnectionFactory(cluster.Store, options), options));
        jobs.Enqueue<SolveJob>(job => job.Run(id, CancellationToken.None));

        var done = await Calls.WaitUntilFinished(client, id, seconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(3));
        // The second delivery took the run over; the first attempt's result was dropped.
        Assert.Equal((RunState.Completed, 2), (done.Run.State, done.Run.Attempt));
        Assert.Equal(1, cluster.StoredAttempts()[id]);
        Assert.Equal(done.Run.Attempt, (await Calls.Get(client, id)).Run.Attempt);
        Assert.True(PlanLoader.Load(await client.GetByteArrayAsync($"/api/runs/{id}/plan.json")).Succeeded);
    }

    [Fact]
    public async Task Given_a_cancel_asked_of_another_api_node_then_the_worker_stops_the_solve_and_keeps_its_best_plan()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 1);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        using var elsewhere = (await cluster.AddApiAsync()).Client(TestService.PlannerToken);
        var id = await SolvingAsync(client, timeLimit: 60);
        await Calls.WaitFor(client, id, run => run.Run.Progress is not null, seconds: 30);

        var asked = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Accepted, (await elsewhere.DeleteAsync($"/api/runs/{id}")).StatusCode);
        var done = await Calls.WaitUntilFinished(elsewhere, id, seconds: 30);
        output.WriteLine($"the worker stopped the solve and stored its plan {asked.Elapsed.TotalSeconds:F1} s after the cancel");

        Assert.Equal(RunState.Cancelled, done.Run.State);
        Assert.Contains(done.Files, f => f.Name == "plan.json");
        Assert.True(asked.Elapsed < TimeSpan.FromSeconds(20), $"stopped after {asked.Elapsed}");
    }

    [Fact]
    public async Task Given_an_experiment_posted_to_an_api_node_then_two_workers_solve_its_cells_and_any_node_shows_its_summary()
    {
        using var cluster = await Cluster.StartAsync(server.NewDatabase(), workers: 2);
        using var client = cluster.Api.Client(TestService.PlannerToken);
        var body = new JsonObject { ["experiment"] = JsonNode.Parse(SmallExperiment.Json()), ["scenario"] = JsonNode.Parse(SmallExperiment.Scenario) };

        var response = await client.PostAsync("/api/experiments", Calls.JsonBody(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        using var elsewhere = (await cluster.AddApiAsync()).Client(TestService.ViewerToken);
        var done = await Calls.WaitForJson(elsewhere, location, view => view.GetProperty("state").GetString() == "completed", seconds: 120);
        var cells = done.GetProperty("runs").EnumerateArray().Select(c => c.GetProperty("run").GetString()!).ToArray();
        Assert.Equal(6, cells.Length);
        var workers = cluster.Workers();
        Assert.Equal(2, cells.Select(id => workers[id]).Distinct().Count());
        Assert.All(cells, id => Assert.Equal(1, cluster.StoredAttempts()[id]));
        Assert.Equal(3, done.GetProperty("summary").GetProperty("variants").GetProperty("cycle-30").GetProperty("objective").GetProperty("n").GetInt32());
        // The first node writes its own copy of the results from the same stored plans.
        var csv = await client.GetStringAsync($"{location}/results.csv");
        Assert.Equal(csv, await elsewhere.GetStringAsync($"{location}/results.csv"));
        Assert.Contains($"href=\"/experiments/{location.Split('/')[^1]}\"", await elsewhere.GetStringAsync("/"));
    }

    /// <summary>Queues the seed dataset, far from solved in a few seconds, and waits until a worker is solving it.</summary>
    private static async Task<string> SolvingAsync(HttpClient client, double timeLimit)
    {
        var id = (await Calls.Accept(await Calls.PostBytes(client, Scenarios.Seed, timeLimit))).Run.Id;
        await Calls.WaitFor(client, id, run => run.Run.State == RunState.Running, seconds: 30);
        return id;
    }
}
