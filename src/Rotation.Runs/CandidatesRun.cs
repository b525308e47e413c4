using Rotation.Checking;
using Rotation.Comparison;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Files;
using Rotation.Outputs.Report;
using Rotation.Solver;
using Rotation.Solver.Alternatives;

namespace Rotation.Runs;

/// <summary>
/// A solve for candidate schedules: each candidate is checked and written like a solve's plan into
/// DIR/candidate-N/, ranked by objective; then candidates.json and, for two or more, the comparison of them all.
/// A candidate the checker rejects is a bug: kept as DIR/rejected-N/plan.rejected.json and not ranked.
/// </summary>
public static class CandidatesRun
{
    /// <param name="source">The scenario's file name for the reports; <paramref name="wording"/> their language (English when null).</param>
    public static CandidatesRunResult Run(Scenario scenario, int count, int diversity, SolveOptions options, string outDir, TimeProvider clock,
        string? source = null, ReportWording? wording = null)
    {
        var search = CandidateSearch.Solve(scenario, count, diversity, options, clock);
        RemoveEarlier(outDir);
        var runs = new List<SolveRunResult>();
        var rejected = new List<SolveRunResult>();
        foreach (var found in search.Plans)
        {
            var report = PlanChecker.Check(scenario, found.Plan);
            var folder = report.Holds ? Path.Combine(outDir, Name(runs.Count + 1)) : Path.Combine(outDir, $"rejected-{rejected.Count + 1}");
            var run = SolveRun.Write(scenario, found, report, folder, clock, source, wording);
            (run.Accepted ? runs : rejected).Add(run);
        }
        var named = runs.Select((r, i) => new NamedPlan(Name(i + 1), r.Plan)).ToList();
        var written = new List<string>();
        if (named.Count > 0)
        {
            var list = Path.Combine(outDir, CandidatesJson.File);
            AtomicFile.Write(list, CandidatesJson.ToUtf8(named));
            written.Add(list);
        }
        if (named.Count >= 2 && named.All(n => n.Plan.HasAssignments))
            written.AddRange(CompareFiles.Write(PlanComparison.Of(scenario, named), outDir).Select(f => Path.Combine(outDir, f)));
        return new CandidatesRunResult(runs, rejected, search.Shortfall, written);
    }

    public static string Name(int rank) => $"candidate-{rank}";

    /// <summary>An earlier run's candidate folders: those this run does not write again would read as its own.</summary>
    private static void RemoveEarlier(string outDir)
    {
        if (!Directory.Exists(outDir)) return;
        foreach (var dir in Directory.GetDirectories(outDir, "candidate-*").Concat(Directory.GetDirectories(outDir, "rejected-*")))
            Directory.Delete(dir, recursive: true);
        OutputSet.Remove(outDir, [CandidatesJson.File, .. CompareFiles.Names]);
    }
}

/// <summary>What a candidates run produced: the candidates written (best first), any the checker rejected, why fewer were found, and the files beside them.</summary>
public sealed record CandidatesRunResult(IReadOnlyList<SolveRunResult> Candidates, IReadOnlyList<SolveRunResult> Rejected, string? Shortfall,
    IReadOnlyList<string> Written)
{
    public Plan? Best => Candidates.FirstOrDefault()?.Plan;
}
