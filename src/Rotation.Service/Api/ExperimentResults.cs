using System.Text.Json;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Experiments;
using Rotation.Experiments.Cells;
using Rotation.Experiments.Charts;
using Rotation.Experiments.Reports;
using Rotation.Experiments.Workforce;
using Rotation.Outputs.Files;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// An experiment's files in experiments/{id}/ (results.csv, summary.json, summary.md, charts/), written once every
/// cell's run has finished, from the runs' checked plans, exactly as the CLI writes them. On a cluster each API node
/// writes its own copy, from the plans in the shared store.
/// </summary>
public static class ExperimentResults
{
    /// <summary>The files a client may download, by relative name; a requested name is only looked up here, never made a path.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [ResultsCsv.File, SummaryJson.File, SummaryMarkdown.File, .. ExperimentCharts.Names.Select(n => $"{ExperimentCharts.Folder}/{n}")];

    public static string Folder(ServiceOptions options, string id) => Path.GetFullPath(Path.Combine(options.DataDirectory, "experiments", id));

    /// <summary>summary.json once written (see the overload), reading the cells' runs first.</summary>
    public static JsonElement? Summary(ExperimentRecord record, IRunStore store, IRunFolders folders, ServiceOptions options) =>
        Summary(record, Runs(record, store), store, folders, options);

    /// <summary>The run of each cell, in the record's order; null for a cell without one.</summary>
    public static RunRecord?[] Runs(ExperimentRecord record, IRunStore store) => [.. record.Cells.Select(c => c.Run is { } id ? store.Get(id) : null)];

    /// <summary>summary.json once written (writing it first when every run has finished); null while runs are pending.</summary>
    public static JsonElement? Summary(ExperimentRecord record, IReadOnlyList<RunRecord?> runs, IRunStore store, IRunFolders folders,
        ServiceOptions options)
    {
        var folder = Folder(options, record.Id);
        var file = Path.Combine(folder, SummaryJson.File);
        if (!File.Exists(file))
        {
            if (runs.Any(r => r is { State: RunState.Queued or RunState.Running })) return null;
            var experiment = ExperimentLoader.Load(record.Name, record.Definition, record.Base).Value!;
            var drawn = Enumerable.Range(0, experiment.Replications).Select(r => DrawnReplication.Of(experiment, r)).ToArray();
            var rows = record.Cells.Select((cell, i) => Row(cell, runs[i], drawn[cell.Replication], store, folders)).ToList();
            ExperimentReports.Write(experiment, rows, folder);
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.Clone();
    }

    private static CellResult Row(ExperimentCell cell, RunRecord? run, DrawnReplication drawn, IRunStore store, IRunFolders folders)
    {
        var row = (string status, ComparedPlan? measured, double seconds, string? error) =>
            new CellResult(cell.Variant, cell.Replication, status, measured, seconds, error, false, drawn.Draw, drawn.Redraws.Length);
        if (run is null) return row(CellResult.Failed, null, 0, drawn.Error ?? "the cell's run is missing");
        var planFile = Path.Combine(folders.Of(run), OutputSet.PlanFile);
        if (run.State != RunState.Completed || !File.Exists(planFile))
            return row(CellResult.Failed, null, 0, run.Error ?? $"run {run.Id} ended {run.State.ToString().ToLowerInvariant()}");
        var plan = PlanLoader.Load(File.ReadAllBytes(planFile)).Value!;
        if (!plan.HasAssignments)
            return row(plan.Status.ToString(), null, plan.SolveSeconds, plan.Status == PlanStatus.Infeasible ? "no plan keeps every rule" : "no plan within the time limit");
        var scenario = ScenarioLoader.Load(store.Scenario(run.Id)!.Content).Value!;
        return row(plan.Status.ToString(), ComparedPlan.Of(scenario, new NamedPlan(OutputSet.PlanFile, plan)), plan.SolveSeconds, null);
    }
}
