using Rotation.Checking;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Experiments.Workforce;
using Rotation.Outputs.Files;
using Rotation.Solver;

namespace Rotation.Experiments.Cells;

/// <summary>
/// Solves one cell: writes its scenario and draws, keeps a plan already on disk when its scenario is unchanged and the
/// plan passes the check, else solves, checks and writes plan.json (every file atomically). An exception is the cell's
/// failure, not the experiment's. A solve cut short by cancellation writes no plan: the cell is unfinished.
/// </summary>
public sealed class CellRunner(SolverSettings settings, CellSolve solve)
{
    /// <returns>The cell's row, or null when cancellation stopped it before it finished.</returns>
    public CellResult? Run(string outDir, string variant, DrawnReplication drawn, CancellationToken cancel)
    {
        var replication = drawn.Draw.Replication;
        var files = CellFiles.Of(outDir, variant, replication);
        var row = (string status, ComparedPlan? measured, double seconds, string? error, bool reused) =>
            new CellResult(variant, replication, status, measured, seconds, error, reused, drawn.Draw, drawn.Redraws.Length);
        try
        {
            WriteIfChanged(files.Draws, DrawsJson.ToUtf8(drawn));
            if (drawn.Error is not null || !drawn.ByVariant.TryGetValue(variant, out var cell))
                return row(CellResult.Failed, null, 0, drawn.Error ?? "no scenario for this variant", false);

            var scenarioBytes = Domain.Loading.ScenarioEdit.ToUtf8(cell.Json);
            if (Reusable(files, scenarioBytes, cell.Scenario) is { } kept)
                return Outcome(row, cell.Scenario, kept, reused: true);

            AtomicFile.Write(files.Scenario, scenarioBytes);
            var options = new SolveOptions
            {
                TimeLimitSeconds = settings.TimeLimit,
                Workers = settings.Workers,
                Seed = settings.Seed,
                Cancellation = cancel,
            };
            var plan = solve(new CellJob(variant, replication, cell.Scenario, scenarioBytes), options);
            if (cancel.IsCancellationRequested) return null;
            var report = PlanChecker.Check(cell.Scenario, plan);
            if (!report.Holds)
            {
                Delete(files.Plan);
                AtomicFile.Write(files.Rejected, PlanWriter.ToUtf8(plan));
                return row(CellResult.Rejected, null, plan.SolveSeconds,
                    $"the checker rejected the solver's plan: {report.Violations[0]} (a bug; see {CellFiles.RejectedName})", false);
            }
            Delete(files.Rejected);
            AtomicFile.Write(files.Plan, PlanWriter.ToUtf8(plan));
            return Outcome(row, cell.Scenario, plan, reused: false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            Delete(files.Plan);
            return row(CellResult.Failed, null, 0, $"{ex.GetType().Name}: {ex.Message}", false);
        }
    }

    private static CellResult Outcome(Func<string, ComparedPlan?, double, string?, bool, CellResult> row, Scenario scenario, Plan plan, bool reused)
    {
        if (!plan.HasAssignments)
            return row(plan.Status.ToString(), null, plan.SolveSeconds,
                plan.Status == PlanStatus.Infeasible ? $"no plan keeps every rule; conflicts: {string.Join(", ", plan.Conflicts)}" : "no plan within the time limit",
                reused);
        return row(plan.Status.ToString(), ComparedPlan.Of(scenario, new NamedPlan(CellFiles.PlanName, plan)), plan.SolveSeconds, null, reused);
    }

    /// <summary>
    /// The plan on disk when this cell was solved before with the same scenario and its plan passes the check; a plan
    /// that timed out with nothing (Unknown) is solved again.
    /// </summary>
    private static Plan? Reusable(CellFiles files, byte[] scenarioBytes, Scenario scenario)
    {
        if (!File.Exists(files.Scenario) || !File.Exists(files.Plan)) return null;
        if (!File.ReadAllBytes(files.Scenario).AsSpan().SequenceEqual(scenarioBytes)) return null;
        var loaded = PlanLoader.Load(File.ReadAllBytes(files.Plan));
        if (!loaded.Succeeded) return null;
        var plan = loaded.Value!;
        if (!plan.HasAssignments && plan.Status != PlanStatus.Infeasible) return null;
        return PlanChecker.Check(scenario, plan).Holds ? plan : null;
    }

    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content)) return;
        AtomicFile.Write(path, content);
    }

    private static void Delete(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }
}
