namespace Rotation.Service.Storage;

/// <summary>One cell of a stored experiment: the run that solves it, or null when its replication had no valid draw.</summary>
public sealed record ExperimentCell(string Variant, int Replication, string? Run);

/// <summary>
/// A policy experiment as submitted: its file and base scenario as sent (so its draws can be made again), and the run
/// that solves each cell. The cells are ordinary runs in the queue.
/// </summary>
public sealed record ExperimentRecord(string Id, string Name, DateTimeOffset Submitted, byte[] Definition, byte[] Base,
    IReadOnlyList<ExperimentCell> Cells);

/// <summary>An experiment as a list shows it: its id, name, when it was submitted and how many cells it has.</summary>
public sealed record ExperimentEntry(string Id, string Name, DateTimeOffset Submitted, int Cells);

/// <summary>
/// Where policy experiments are kept, beside the runs of their cells: the embedded SQLite store, or the cluster's
/// PostgreSQL store, where any API node can show any experiment.
/// </summary>
public interface IExperimentStore
{
    /// <summary>Stores the experiment and its cells in one transaction: a reader sees all of it or none.</summary>
    void AddExperiment(ExperimentRecord experiment);

    ExperimentRecord? GetExperiment(string id);

    /// <summary>The newest experiments first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<ExperimentEntry> ListExperiments(int limit);
}
