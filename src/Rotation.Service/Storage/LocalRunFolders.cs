namespace Rotation.Service.Storage;

/// <summary>One machine: each run's outputs are written and read in runs/{id}/ of the data folder.</summary>
public sealed class LocalRunFolders(string runsDirectory) : IRunFolders
{
    public string Of(RunRecord run) => Folder(run.Id);

    public string WorkFolder(ClaimedRun run) => Folder(run.Id);

    /// <summary>The folder is where the outputs stay.</summary>
    public void Release(ClaimedRun run)
    {
    }

    private string Folder(string id) => Path.GetFullPath(Path.Combine(runsDirectory, id));
}
