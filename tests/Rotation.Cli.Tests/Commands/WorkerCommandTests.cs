namespace Rotation.Cli.Tests.Commands;

public class WorkerCommandTests
{
    [Fact]
    public void Worker_without_a_store_says_how_to_give_one_and_does_not_start()
    {
        var run = CliRun.Of("worker", "--max-solves", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("rotation worker: Store: not set; give the cluster's PostgreSQL connection string with --store or ROTATION_STORE", run.Error);
        Assert.Contains("rotation worker: MaxConcurrentSolves: 0; use 1 to 64", run.Error);
    }

    [Fact]
    public void Worker_whose_store_does_not_answer_says_where_it_looked_and_exits_69()
    {
        var run = CliRun.Of("worker", "--store", "Host=127.0.0.1;Port=1;Database=rotation;Timeout=2");

        Assert.Equal(ExitCodes.StoreUnavailable, run.ExitCode);
        Assert.Contains("rotation worker: the store at 127.0.0.1:1, database rotation, cannot be used", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Worker_whose_connection_string_does_not_parse_says_so_and_exits_69()
    {
        var run = CliRun.Of("worker", "--store", "Host=127.0.0.1;Colour=blue");

        Assert.Equal(ExitCodes.StoreUnavailable, run.ExitCode);
        Assert.Contains("rotation worker: the store's connection string does not parse", run.Error);
    }
}
