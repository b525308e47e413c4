using System.Text.Json;
using System.Text.Json.Serialization;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>One cell of an experiment as the API shows it: its run, that run's state and its plan's status.</summary>
public sealed record ExperimentCellView(string Variant, int Replication, string? Run, string State, string? PlanStatus);

/// <summary>
/// An experiment as the API shows it: how many of its cells' runs are queued, running and finished, each cell, and once
/// all have finished the summary (summary.json) with links to its files and charts.
/// </summary>
public sealed record ExperimentView(string Id, string Name, DateTimeOffset Submitted, string State, int Cells, int Queued, int Running,
    int Finished, IReadOnlyList<ExperimentCellView> Runs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Summary,
    IReadOnlyList<RunFileLink> Files)
{
    public bool Done => State == "completed";

    public static ExperimentView Of(ExperimentRecord record, IRunStore store, IRunFolders folders, ServiceOptions options)
    {
        var runs = ExperimentResults.Runs(record, store);
        var cells = record.Cells.Select((c, i) => new ExperimentCellView(c.Variant, c.Replication, c.Run,
            runs[i]?.State.ToString().ToLowerInvariant() ?? "failed", runs[i]?.PlanStatus)).ToArray();
        var queued = runs.Count(r => r?.State == RunState.Queued);
        var running = runs.Count(r => r?.State == RunState.Running);
        var summary = ExperimentResults.Summary(record, runs, store, folders, options);
        var href = $"/api/experiments/{record.Id}";
        var folder = ExperimentResults.Folder(options, record.Id);
        var files = summary is null ? [] : ExperimentResults.Names.Where(name => File.Exists(Path.Combine(folder, name)))
            .Select(name => new RunFileLink(name, $"{href}/{name}")).ToList();
        return new ExperimentView(record.Id, record.Name, record.Submitted, summary is null ? (running > 0 ? "running" : "queued") : "completed",
            cells.Length, queued, running, cells.Length - queued - running, cells, summary, files);
    }
}
