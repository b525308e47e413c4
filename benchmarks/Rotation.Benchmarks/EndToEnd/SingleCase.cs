using System.Diagnostics;
using System.Text.Json;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver;
using Rotation.Solver.Construction;
using Rotation.Solver.Solving;

namespace Rotation.Benchmarks.EndToEnd;

/// <summary>
/// <c>one NAME SCENARIO SECONDS WORKERS</c>: solves one scenario in this process and prints one JSON line, so that
/// the parent can read the peak memory of this case alone.
/// </summary>
internal static class SingleCase
{
    public static int Run(string[] args)
    {
        var (name, path, seconds, workers) = (args[0], args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3]));
        var scenario = ScenarioLoader.Load(File.ReadAllBytes(path)).Value ?? throw new InvalidOperationException($"{path} is not a valid scenario");
        var (baselineObjective, baselineValid) = Baseline(scenario);
        // The career solver's stages (rounds, bound, first plan) go to stderr, beside the parent's table.
        var clock = Stopwatch.StartNew();
        void Say(string line) => Console.Error.WriteLine($"  {name} {clock.Elapsed.TotalSeconds,6:F1}s {line}");
        Rotation.Solver.Careers.CareerSolver.Trace = Say;
        // With progress, the first plan is the first progress line's time, as the command line shows it.
        var progress = new Lines(Say);
        var result = RotationSolver.Solve(scenario, new SolveOptions { TimeLimitSeconds = seconds, Workers = workers, Seed = 1, Progress = progress },
            TimeProvider.System);
        var plan = result.Plan;
        var holds = PlanChecker.Check(scenario, plan).Holds;
        double? gap = plan.Objective is { } o && plan.BestBound is { } b ? Math.Abs(o - b) / Math.Max(1.0, Math.Abs(o)) : null;
        var row = new CaseResult(name, scenario.Cadres.Length, scenario.Posts.Length, scenario.Offices.Length, scenario.Horizon.Months,
            plan.Status.ToString(), result.FirstPlanSeconds, plan.SolveSeconds, plan.Objective, plan.BestBound, gap,
            result.Size.Variables, result.Size.Constraints, Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024), holds,
            baselineObjective, baselineValid);
        Console.WriteLine(JsonSerializer.Serialize(row));
        return 0;
    }

    /// <summary>The naive "nobody moves unless forced" plan: its objective, and whether it keeps every rule.</summary>
    private static (long? Objective, bool Valid) Baseline(Scenario scenario) =>
        Judged(scenario, StayPutPlanner.Plan(scenario).ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value), []);

    /// <summary>A plan's objective from its rows and courses, and whether it keeps every rule.</summary>
    internal static (long Objective, bool Valid) Judged(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string?>> rows,
        IReadOnlyList<Training> trainings)
    {
        var draft = PlanAssembler.Assemble(scenario, new Decisions(rows, [.. trainings]), PlanStatus.Feasible, Terms.Zero, 0, 0, 0);
        var view = new PlanView(scenario, draft);
        var terms = ObjectiveRule.Count(view);
        var objective = terms.Objective(scenario.Policy.Weights);
        var plan = draft with { Terms = terms, Objective = objective, BestBound = objective };
        return (objective, PlanChecker.Check(scenario, plan).Holds);
    }

    /// <summary>Progress written at once, on the reporting thread.</summary>
    private sealed class Lines(Action<string> write) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => write($"progress: objective {value.Objective}, bound {value.Bound}");
    }
}
