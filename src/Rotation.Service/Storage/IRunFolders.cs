namespace Rotation.Service.Storage;

/// <summary>
/// The local folders of runs' outputs. The readers (API, web app, a suggest run's parent plan) see a finished run's files
/// in <see cref="Of"/>; a solve writes into <see cref="WorkFolder"/>, and the store's finish publishes them from there.
/// </summary>
public interface IRunFolders
{
    /// <summary>A full path holding the run's outputs so far; it may not exist yet.</summary>
    string Of(RunRecord run);

    /// <summary>Where the attempt writes its outputs.</summary>
    string WorkFolder(ClaimedRun run);

    /// <summary>Called once the attempt's outcome is stored, or lost to a later attempt.</summary>
    void Release(ClaimedRun run);
}
