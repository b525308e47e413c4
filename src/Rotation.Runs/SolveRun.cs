using Rotation.Checking;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Files;
using Rotation.Outputs.Report;
using Rotation.Solver;
using Rotation.Solver.Solving;

namespace Rotation.Runs;

/// <summary>
/// One solve as every host runs it: solve, put the plan through the independent checker, and only then write the
/// outputs. A plan the checker rejects is a bug: it is written as plan.rejected.json for the report, never as plan.json.
/// </summary>
public static class SolveRun
{
    public const string RejectedFile = "plan.rejected.json";

    /// <param name="source">The scenario's file name, which the report names as the input checked; null when it has none.</param>
    /// <param name="wording">The report's language; English when null.</param>
    public static SolveRunResult Run(Scenario scenario, SolveOptions options, string outDir, TimeProvider clock, string? source = null,
        ReportWording? wording = null) =>
        Run(scenario, options, outDir, clock, RotationSolver.Solve, source, wording);

    /// <summary>The same run around any solve, so that tests can hand the checker a plan the solver would never make.</summary>
    internal static SolveRunResult Run(Scenario scenario, SolveOptions options, string outDir, TimeProvider clock,
        Func<Scenario, SolveOptions, TimeProvider, SolveResult> solve, string? source = null, ReportWording? wording = null)
    {
        var result = solve(scenario, options, clock);
        return Write(scenario, result, PlanChecker.Check(scenario, result.Plan), outDir, clock, source, wording);
    }

    /// <summary>Writes a solve's outputs by the checker's verdict <paramref name="report"/> on its plan.</summary>
    internal static SolveRunResult Write(Scenario scenario, SolveResult result, CheckReport report, string outDir, TimeProvider clock,
        string? source, ReportWording? wording)
    {
        if (!report.Holds)
        {
            // An earlier solve's files would read as this one's outcome.
            OutputSet.Remove(outDir, OutputSet.Files);
            var rejected = Path.Combine(outDir, RejectedFile);
            AtomicFile.Write(rejected, PlanWriter.ToUtf8(result.Plan));
            return new SolveRunResult(result, report, [rejected]);
        }
        OutputSet.Remove(outDir, [RejectedFile]);
        return new SolveRunResult(result, report, OutputSet.Write(scenario, result.Plan, outDir, clock, source, wording));
    }
}

/// <summary>What a run produced: the solve, the checker's verdict on its plan, and the files written.</summary>
public sealed record SolveRunResult(SolveResult Solve, CheckReport Check, IReadOnlyList<string> Written)
{
    public Plan Plan => Solve.Plan;

    /// <summary>False when the checker rejected the plan: only plan.rejected.json was written.</summary>
    public bool Accepted => Check.Holds;
}
