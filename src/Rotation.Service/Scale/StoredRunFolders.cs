using Rotation.Service.Storage;

namespace Rotation.Service.Scale;

/// <summary>
/// Runs' outputs when they live in PostgreSQL. A solve writes into a work folder of its own attempt, which the store's
/// finish publishes and this then deletes. A reader gets a local copy of what the run's attempt published, fetched once:
/// an attempt's files never change once published, so the copy never goes stale.
/// </summary>
public sealed class StoredRunFolders(PostgresRunStore store, string dataDirectory) : IRunFolders
{
    private string Cache => Path.GetFullPath(Path.Combine(dataDirectory, "cache"));

    private string Work => Path.GetFullPath(Path.Combine(dataDirectory, "work"));

    /// <summary>A run in flight has published nothing yet: its folder stays empty until it finishes.</summary>
    public string Of(RunRecord run)
    {
        var folder = Path.Combine(Cache, run.Id, run.Finished is null ? "pending" : run.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (run.Finished is null || Directory.Exists(folder)) return folder;
        // Fetched beside it and moved in whole, so that a reader never sees half a copy and two readers at once both succeed.
        var partial = $"{folder}.{Guid.NewGuid():N}.partial";
        foreach (var (name, content) in store.Files(run.Id, run.Attempt))
        {
            var path = Path.GetFullPath(Path.Combine(partial, name));
            if (!path.StartsWith(partial + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        Directory.CreateDirectory(partial);
        try
        {
            Directory.Move(partial, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(partial, recursive: true);
        }
        return folder;
    }

    public string WorkFolder(ClaimedRun run)
    {
        var folder = Path.Combine(Work, $"{run.Id}-{run.Attempt}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Release(ClaimedRun run)
    {
        var folder = WorkFolder(run);
        Directory.Delete(folder, recursive: true);
    }
}
