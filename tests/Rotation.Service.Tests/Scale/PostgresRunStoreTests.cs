using Npgsql;
using Rotation.Service.Scale;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Scale.Support;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Scale;

/// <summary>The PostgreSQL store on its own: attempts, and what a superseded attempt may no longer do.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRunStoreTests(PostgresServer server) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly NpgsqlDataSource _source = ClusterServices.Connect(server.NewDatabase());
    private readonly string _outputs = TempFolder.Create();

    private PostgresRunStore Store => new(_source);

    [Fact]
    public void Given_a_run_taken_over_by_a_second_attempt_when_the_first_finishes_then_nothing_of_it_is_stored()
    {
        Store.Add("r1", "api", 5, [1, 2], "sha", Now);
        var first = Store.Claim("r1", "worker-a", Now)!;
        var second = Store.Claim("r1", "worker-b", Now)!;
        File.WriteAllText(Path.Combine(_outputs, "plan.json"), "{}");

        Store.ReportProgress(first, new RunProgress(1, 10, 5, 0.5, 1));
        Assert.False(Store.Finish(first, new RunOutcome(RunState.Completed, "Feasible", null, null), Now, _outputs));

        Assert.Equal([1, 2], [first.Attempt, second.Attempt]);
        var run = Store.Get("r1")!;
        Assert.Equal((RunState.Running, 2, null), (run.State, run.Attempt, run.Progress));
        Assert.Empty(Store.Files("r1", 1));
    }

    [Fact]
    public void Given_a_finished_run_when_its_job_is_delivered_again_then_it_is_not_claimed_and_its_result_stays()
    {
        Store.Add("r1", "api", 5, [1], "sha", Now);
        var attempt = Store.Claim("r1", "worker-a", Now)!;
        Directory.CreateDirectory(Path.Combine(_outputs, "candidate-1"));
        File.WriteAllText(Path.Combine(_outputs, "candidate-1", "plan.json"), "{}");
        Assert.True(Store.Finish(attempt, new RunOutcome(RunState.Completed, "Optimal", new RunProgress(2, 7, 7, 0, 3), null), Now, _outputs));

        Assert.Null(Store.Claim("r1", "worker-b", Now));

        var run = Store.Get("r1")!;
        Assert.Equal((RunState.Completed, 1, 7L), (run.State, run.Attempt, run.Progress!.Objective));
        Assert.Equal(["candidate-1/plan.json"], Store.Files("r1", 1).Select(f => f.Name));
    }

    [Fact]
    public void Given_a_cancel_asked_while_a_worker_was_lost_when_the_job_comes_back_then_the_run_ends_cancelled()
    {
        Store.Add("r1", "api", 5, [1], "sha", Now);
        Store.Claim("r1", "worker-a", Now);
        Assert.Equal(CancelResult.Requested, Store.RequestCancel("r1", Now));

        Assert.Null(Store.Claim("r1", "worker-b", Now));
        Assert.Equal(RunState.Cancelled, Store.Get("r1")!.State);
    }

    [Fact]
    public void Given_several_nodes_starting_at_once_then_each_finds_the_tables_made()
    {
        var database = server.NewDatabase();
        Parallel.For(0, 4, _ => ClusterServices.Connect(database).Dispose());
        using var source = ClusterServices.Connect(database);
        Assert.True(new PostgresRunStore(source).IsReachable());
    }

    [Fact]
    public void Given_an_experiment_stored_then_it_reads_back_with_its_cells_in_order_and_is_listed_newest_first()
    {
        Store.Add("r1", "experiment/e1/a/0", 5, [1], "sha", Now);
        Store.AddExperiment(new ExperimentRecord("e1", "first", Now, [1, 2], [3], [new("b", 0, "r1"), new("a", 0, null), new("a", 1, "r1")]));
        Store.AddExperiment(new ExperimentRecord("e2", "second", Now.AddMinutes(1), [4], [5], []));

        var first = Store.GetExperiment("e1")!;

        Assert.Equal(("first", Now), (first.Name, first.Submitted));
        Assert.Equal([1, 2], first.Definition);
        Assert.Equal([3], first.Base);
        Assert.Equal([new ExperimentCell("b", 0, "r1"), new ExperimentCell("a", 0, null), new ExperimentCell("a", 1, "r1")], first.Cells);
        Assert.Equal([("e2", 0), ("e1", 3)], Store.ListExperiments(10).Select(e => (e.Id, e.Cells)));
        Assert.Single(Store.ListExperiments(1));
        Assert.Null(Store.GetExperiment("e3"));
    }

    [Fact]
    public void Given_runs_of_a_cell_then_the_latest_live_one_of_the_same_scenario_and_limit_is_found()
    {
        Store.Add("old", "cell", 5, [1], "sha", Now);
        Store.Add("new", "cell", 5, [1], "sha", Now);
        Store.Add("other-limit", "cell", 9, [1], "sha", Now);
        Store.Add("other-scenario", "cell", 5, [2], "sha2", Now);
        Assert.Equal("new", Store.Latest("cell", "sha", 5)!.Id);

        Store.RequestCancel("new", Now);

        Assert.Equal("old", Store.Latest("cell", "sha", 5)!.Id);
        Assert.Null(Store.Latest("cell", "sha", 7));
        Assert.Null(Store.Latest("elsewhere", "sha", 5));
    }

    public void Dispose()
    {
        _source.Dispose();
        Directory.Delete(_outputs, recursive: true);
    }
}
