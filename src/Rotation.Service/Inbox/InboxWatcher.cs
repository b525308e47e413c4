using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rotation.Outputs.Files;
using Rotation.Roster;
using Rotation.Service.Options;
using Rotation.Service.Queue;

namespace Rotation.Service.Inbox;

/// <summary>
/// Queues each scenario file (*.json, or a roster workbook *.xlsx) dropped into inbox/: a valid one moves to inbox/processed/ with a .run file naming
/// its run (outputs under runs/{id}/); an invalid one moves to inbox/failed/ with its problems in a .errors.txt beside it.
/// A file is taken once it has not changed for a second, so one still being copied in is left alone.
/// </summary>
public sealed class InboxWatcher(RunSubmitter submitter, Storage.IRunStore store, ServiceOptions options, TimeProvider clock,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private static readonly string[] Scenarios = [".json", ".xlsx"];

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        Directory.CreateDirectory(options.InboxDirectory);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.InboxPollSeconds), clock);
        do
        {
            try
            {
                Scan();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A file taken away while read, or the database busy: the next scan tries again rather than the service stopping.
                logger.LogWarning(ex, "Could not take the files of the inbox {Inbox}; trying again", options.InboxDirectory);
            }
        }
        while (await WaitAsync(timer, stopping));
    }

    /// <summary>Takes every settled file in the inbox once.</summary>
    public void Scan()
    {
        foreach (var file in new DirectoryInfo(options.InboxDirectory).EnumerateFiles())
            if (Scenarios.Contains(file.Extension.ToLowerInvariant()) && !file.Name.StartsWith('.') && clock.GetUtcNow() - file.LastWriteTimeUtc >= Settle)
                Take(file);
    }

    private void Take(FileInfo file)
    {
        var source = RunSource.Inbox(file.Name);
        using var scope = logger.BeginScope("Inbox file {InboxFile}", file.Name);
        if (file.Length > options.MaxRequestBytes)
        {
            Fail(file, [$"{file.Name}: the file is {file.Length} bytes; files above {options.MaxRequestBytes} bytes are refused"]);
            return;
        }
        var input = ScenarioInput.Read(File.ReadAllBytes(file.FullName), file.Name);
        // A run stored from this very file before a crash kept it from moving: move it now, do not queue it twice.
        if (input.Json is { } stored && store.HasRunFrom(source, RunSubmitter.Sha(stored), file.LastWriteTimeUtc))
        {
            Move(file, ProcessedFolder);
            return;
        }
        var submission = submitter.Submit(input, source, options.DefaultTimeLimitSeconds);
        if (submission.Run is null)
        {
            Fail(file, [
                .. submission.Warnings.Select(w => $"{file.Name}: warning: {w}"),
                .. submission.Problems.Select(p => $"{file.Name}: {p}"),
                $"{file.Name}: {submission.Problems.Count} problem{(submission.Problems.Count == 1 ? "" : "s")}; nothing was queued",
            ]);
            return;
        }
        var id = submission.Run.Id;
        using var runScope = logger.BeginScope("Run {RunId}", id);
        AtomicFile.Write(Path.Combine(options.InboxDirectory, ProcessedFolder, file.Name + ".run"),
            Encoding.UTF8.GetBytes($"{id}\n"));
        Move(file, ProcessedFolder);
        // With a cluster's store the outputs go to the database, not to a folder of this machine.
        if (options.Store is null) logger.LogInformation("Queued from the inbox; outputs go to {Folder}", Path.Combine(options.RunsDirectory, id));
        else logger.LogInformation("Queued from the inbox; its outputs will be at /api/runs/{RunId}", id);
    }

    private void Fail(FileInfo file, IReadOnlyList<string> lines)
    {
        AtomicFile.Write(Path.Combine(options.InboxDirectory, FailedFolder, file.Name + ".errors.txt"),
            Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        Move(file, FailedFolder);
        logger.LogWarning("Refused: {Problem}", lines[^1]);
    }

    // A later file of the same name replaces the earlier one there, as its .run or .errors.txt does.
    private void Move(FileInfo file, string folder)
    {
        var target = Path.Combine(options.InboxDirectory, folder);
        Directory.CreateDirectory(target);
        file.MoveTo(Path.Combine(target, file.Name), overwrite: true);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
