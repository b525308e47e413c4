using Microsoft.Extensions.DependencyInjection;
using Rotation.Outputs.Files;
using Rotation.Service.Inbox;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Inbox;

public class InboxWatcherTests
{
    [Fact]
    public async Task A_valid_file_is_queued_solved_and_moved_to_processed_with_its_run_id()
    {
        await using var service = await TestService.StartAsync();

        Drop(service, "tiny.json", Scenarios.Tiny);
        var runFile = await WaitForFile(Path.Combine(service.Options.InboxDirectory, InboxWatcher.ProcessedFolder, "tiny.json.run"));
        var id = File.ReadAllText(runFile).Trim();
        var run = await Calls.WaitUntilFinished(service.Viewer(), id);

        Assert.Equal(RunState.Completed, run.Run.State);
        Assert.Equal("inbox/tiny.json", run.Run.Source);
        Assert.True(File.Exists(Path.Combine(service.Options.InboxDirectory, InboxWatcher.ProcessedFolder, "tiny.json")));
        Assert.False(File.Exists(Path.Combine(service.Options.InboxDirectory, "tiny.json")));
        Assert.True(File.Exists(Path.Combine(service.Options.RunsDirectory, id, OutputSet.PlanFile)));
        Assert.Contains(" for tiny.json.</p>", File.ReadAllText(Path.Combine(service.Options.RunsDirectory, id, "report.html")));
    }

    [Fact]
    public async Task A_roster_workbook_is_queued_and_stored_in_its_json_form()
    {
        await using var service = await TestService.StartAsync();
        var tiny = Rotation.Roster.RosterExport.ToBytes(Domain.Loading.ScenarioLoader.Load(Scenarios.Tiny).Value!);
        Directory.CreateDirectory(service.Options.InboxDirectory);
        File.WriteAllBytes(Path.Combine(service.Options.InboxDirectory, "tiny.xlsx"), tiny);
        File.SetLastWriteTimeUtc(Path.Combine(service.Options.InboxDirectory, "tiny.xlsx"), DateTime.UtcNow.AddSeconds(-5));

        var runFile = await WaitForFile(Path.Combine(service.Options.InboxDirectory, InboxWatcher.ProcessedFolder, "tiny.xlsx.run"));
        var run = service.Store().Get(File.ReadAllText(runFile).Trim())!;

        Assert.Equal("inbox/tiny.xlsx", run.Source);
        Assert.Equal((byte)'{', service.Store().Scenario(run.Id)!.Content[0]);
    }

    [Fact]
    public async Task An_invalid_file_moves_to_failed_with_its_problems_beside_it_and_nothing_is_queued()
    {
        await using var service = await TestService.StartAsync();

        Drop(service, "bad.json", Scenarios.UnknownPost);
        var errors = await WaitForFile(Path.Combine(service.Options.InboxDirectory, InboxWatcher.FailedFolder, "bad.json.errors.txt"));

        Assert.True(File.Exists(Path.Combine(service.Options.InboxDirectory, InboxWatcher.FailedFolder, "bad.json")));
        var text = File.ReadAllText(errors);
        Assert.Contains("bad.json: $.cadres[0].post: unknown post \"a2\"", text);
        Assert.Contains("1 problem; nothing was queued", text);
        Assert.Empty(service.Store().List(10));
    }

    [Fact]
    public async Task A_file_still_being_written_and_files_of_other_kinds_are_left_alone()
    {
        await using var service = await TestService.StartAsync(o => o with { InboxPollSeconds = 3600 });
        var watcher = Watcher(service);
        Directory.CreateDirectory(service.Options.InboxDirectory);
        var fresh = Path.Combine(service.Options.InboxDirectory, "fresh.json");
        File.WriteAllText(fresh, Scenarios.Tiny);
        Drop(service, "notes.txt", "not a scenario");

        watcher.Scan();

        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(Path.Combine(service.Options.InboxDirectory, "notes.txt")));
        Assert.Empty(service.Store().List(10));
    }

    [Fact]
    public async Task A_file_whose_run_was_stored_before_a_crash_kept_it_in_place_is_moved_without_a_second_run()
    {
        await using var service = await TestService.StartAsync(o => o with { InboxPollSeconds = 3600 });
        var store = service.Store();
        var path = Drop(service, "tiny.json", Scenarios.Tiny);
        var bytes = File.ReadAllBytes(path);
        store.Add(Service.Queue.RunId.New(), "inbox/tiny.json", 5, bytes, Service.Queue.RunSubmitter.Sha(bytes), DateTimeOffset.UtcNow);

        Watcher(service).Scan();

        Assert.False(File.Exists(path));
        Assert.Single(store.List(10));
    }

    private static InboxWatcher Watcher(TestService service) =>
        (InboxWatcher)service.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Single(s => s is InboxWatcher);

    /// <summary>Writes a file into the inbox, dated a few seconds back so that it counts as settled.</summary>
    private static string Drop(TestService service, string name, string content)
    {
        Directory.CreateDirectory(service.Options.InboxDirectory);
        var path = Path.Combine(service.Options.InboxDirectory, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
        return path;
    }

    private static async Task<string> WaitForFile(string path)
    {
        for (var i = 0; i < 200 && !File.Exists(path); i++) await Task.Delay(100);
        Assert.True(File.Exists(path), $"{path} did not appear within 20 s");
        return path;
    }
}
