using Rotation.Domain.Loading;
using Rotation.Experiments;
using Rotation.Experiments.Workforce;
using Rotation.Service.Storage;

namespace Rotation.Service.Queue;

/// <summary>
/// Queues a policy experiment: checks the file with its base scenario, draws every replication, submits each cell's
/// scenario as an ordinary run (source "experiment/ID/VARIANT/R"), then stores the experiment with the run of each cell.
/// </summary>
public sealed class ExperimentSubmitter(IExperimentStore store, RunSubmitter runs, TimeProvider clock)
{
    /// <summary>Most cells one experiment may queue.</summary>
    public const int MaxCells = 2000;

    public ExperimentSubmission Submit(string name, byte[] definition, byte[] baseScenario, Func<double, string?> timeLimitProblem)
    {
        var loaded = ExperimentLoader.Load(name, definition, baseScenario);
        if (!loaded.Succeeded) return new ExperimentSubmission(null, [.. loaded.Problems.Select(p => p.ToString())]);
        var experiment = loaded.Value!;
        var cells = experiment.Variants.Length * experiment.Replications;
        if (cells > MaxCells)
            return new ExperimentSubmission(null, [$"$.replications: {cells} cells (variants × replications); at most {MaxCells} may be queued at once"]);
        if (timeLimitProblem(experiment.Solver.TimeLimit) is { } problem) return new ExperimentSubmission(null, [$"$.solver.timeLimit: {problem}"]);

        var id = RunId.New();
        var stored = new List<ExperimentCell>();
        for (var r = 0; r < experiment.Replications; r++)
        {
            var drawn = DrawnReplication.Of(experiment, r);
            foreach (var variant in experiment.Variants)
            {
                string? run = null;
                if (drawn.ByVariant.TryGetValue(variant.Name, out var cell))
                    run = runs.Submit(ScenarioEdit.ToUtf8(cell.Json), $"experiment/{id}/{variant.Name}/{r}", experiment.Solver.TimeLimit).Run?.Id;
                stored.Add(new ExperimentCell(variant.Name, r, run));
            }
        }
        store.AddExperiment(new ExperimentRecord(id, name, clock.GetUtcNow(), definition, baseScenario, stored));
        return new ExperimentSubmission(store.GetExperiment(id), []);
    }
}

/// <summary>A stored experiment, or the problems that kept it out (never both).</summary>
public sealed record ExperimentSubmission(ExperimentRecord? Experiment, IReadOnlyList<string> Problems);
