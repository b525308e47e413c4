using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Report;
using Rotation.Runs;
using Rotation.Solver;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation solve … --candidates K [--diversity D]</c>: runs <see cref="CandidatesRun"/> and reports each candidate.</summary>
internal static class SolveCandidates
{
    public static int Run(Scenario scenario, int count, int diversity, SolveOptions options, string outDir, string source, ReportWording wording, SolveConsole console,
        TextWriter output, TextWriter error, TimeProvider clock)
    {
        error.WriteLine($"Looking for {Words.Count(count, "candidate")}, each at least {Words.Count(diversity, "cell")} (cadre-months) from the others.");
        var run = console.Run(() => CandidatesRun.Run(scenario, count, diversity, options, outDir, clock, source, wording));
        foreach (var rejected in run.Rejected)
        {
            error.WriteLine("rotation: internal error: a candidate breaks the contract. This is a bug; please report it with the scenario and");
            error.WriteLine($"rotation: {rejected.Written[0]}.");
        }
        for (var i = 0; i < run.Candidates.Count; i++)
        {
            var candidate = run.Candidates[i];
            var path = candidate.Written[^1];
            output.WriteLine($"{CandidatesRun.Name(i + 1)}: {SolveCommand.Summary(candidate.Plan, path, stopped: false)}");
            foreach (var sentence in candidate.Solve.ConflictSentences) error.WriteLine($"conflict: {sentence}");
        }
        if (run.Shortfall is { } why) error.WriteLine($"Found {run.Candidates.Count(c => c.Plan.HasAssignments)} of {count}: {why}.");
        if (run.Written.Count > 0) output.WriteLine($"Also written: {string.Join(", ", run.Written.Select(Path.GetFileName))} in {outDir}.");
        if (run.Rejected.Count > 0 && run.Candidates.Count == 0) return ExitCodes.InternalError;
        return run.Best?.Status switch
        {
            PlanStatus.Optimal or PlanStatus.Feasible => ExitCodes.Ok,
            PlanStatus.Infeasible => ExitCodes.Infeasible,
            _ => ExitCodes.Unknown,
        };
    }
}
