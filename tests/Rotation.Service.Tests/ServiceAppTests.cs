using Rotation.Outputs.Files;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;
using Xunit.Abstractions;

namespace Rotation.Service.Tests;

/// <summary>The service as a process: killed mid-solve, or stopped by SIGTERM, it loses no accepted run.</summary>
public sealed class ServiceAppTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = TempFolder.Create();

    [Fact]
    public async Task A_service_killed_during_a_solve_loses_no_accepted_run_and_finishes_them_all_after_a_restart()
    {
        string solving;
        string[] waiting;
        using (var first = await ServiceProcess.StartAsync(_data))
        {
            var client = first.Client(TestService.PlannerToken);
            solving = (await Calls.Accept(await Calls.PostBytes(client, Scenarios.Seed, timeLimit: 6))).Run.Id;
            // One solve at a time: these wait in the queue behind it.
            waiting = [(await Calls.Submit(client, Scenarios.Tiny)).Run.Id, (await Calls.Submit(client, Scenarios.Tiny)).Run.Id];
            await Calls.WaitFor(client, solving, run => run.Run.State == RunState.Running);
            await Task.Delay(TimeSpan.FromSeconds(1));
            first.Kill();
        }
        Assert.Equal(RunState.Running, new RunStore(Path.Combine(_data, "rotation.db")).Get(solving)!.State);

        var restarted = DateTimeOffset.UtcNow;
        using var second = await ServiceProcess.StartAsync(_data);
        var viewer = second.Client(TestService.ViewerToken);
        var done = await Calls.WaitUntilFinished(viewer, solving, seconds: 60);

        Assert.Equal(RunState.Completed, done.Run.State);
        Assert.NotNull(done.Run.PlanStatus);
        Assert.True(done.Run.Started >= restarted, "the run was not solved again after the restart");
        Assert.Contains(done.Files, f => f.Name == OutputSet.PlanFile);
        foreach (var id in waiting) Assert.Equal(RunState.Completed, (await Calls.WaitUntilFinished(viewer, id)).Run.State);
        Assert.Equal(3, new RunStore(Path.Combine(_data, "rotation.db")).List(10).Count);
        output.WriteLine(second.Log);
    }

    [Fact]
    public async Task On_SIGTERM_the_service_stores_the_best_plan_so_far_queues_the_run_again_and_exits_within_10_seconds()
    {
        using var service = await ServiceProcess.StartAsync(_data);
        var client = service.Client(TestService.PlannerToken);
        var id = (await Calls.Accept(await Calls.PostBytes(client, Scenarios.Seed, timeLimit: 120))).Run.Id;
        await Calls.WaitFor(client, id, run => run.Run.State == RunState.Running);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var took = await service.TerminateAsync();
        output.WriteLine($"exited {took.TotalSeconds:0.00} s after SIGTERM{Environment.NewLine}{service.Log}");

        Assert.True(took < TimeSpan.FromSeconds(10), $"took {took.TotalSeconds:0.0} s to stop");
        Assert.Equal(0, service.ExitCode);
        Assert.Equal(RunState.Queued, new RunStore(Path.Combine(_data, "rotation.db")).Get(id)!.State);
        Assert.True(File.Exists(Path.Combine(_data, "runs", id, OutputSet.PlanFile)));
    }

    public void Dispose() => TempFolder.Delete(_data);
}
