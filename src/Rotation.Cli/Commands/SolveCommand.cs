using System.CommandLine;
using System.Globalization;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Report;
using Rotation.Roster;
using Rotation.Runs;
using Rotation.Solver;
using Rotation.Solver.Alternatives;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation solve SCENARIO --out DIR</c>: runs <see cref="SolveRun"/> (solve, check, write) and reports on the console.
/// </summary>
internal static class SolveCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file: JSON (see docs/scenario.md) or a roster workbook (.xlsx, see docs/roster.md)." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write plan.json and the other outputs into (created if missing).", Required = true };
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Seconds the search may take; the best plan found by then is written.",
            DefaultValueFactory = _ => 60,
        };
        var workers = new Option<int?>("--workers") { Description = "Search workers. Default: one per core. Use 1 with --seed for repeatable runs." };
        var seed = new Option<int>("--seed") { Description = "Random seed of the search.", DefaultValueFactory = _ => 0 };
        var screenshot = new Option<bool>("--screenshot")
        {
            Description = "Also render DIR/report.html to DIR/report.png with headless Chromium. Without Chromium a warning is printed and the plan is still written.",
        };
        var candidates = new Option<int?>("--candidates")
        {
            Description = "Write K candidate plans into DIR/candidate-1 … DIR/candidate-K, best first, each at least --diversity cells apart, with candidates.json and their comparison.",
        };
        var diversity = new Option<int?>("--diversity")
        {
            Description = "With --candidates: the fewest (cadre, month) cells in which every two candidates differ. Default: 2 % of cadres × months, at least 1.",
        };
        var languages = ReportWording.All.Select(w => w.Code).ToArray();
        var lang = new Option<string>("--lang")
        {
            Description = "Language of DIR/report.html: en (English) or zh (simplified Chinese). The other files are the same in both.",
            HelpName = string.Join('|', languages),
            DefaultValueFactory = _ => ReportWording.English.Code,
        };
        lang.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is var code && ReportWording.Find(code) is null)
                result.AddError($"--lang: \"{code}\" is not a report language; use {string.Join(" or ", languages)}");
        });
        var command = new Command("solve",
            "Find the best rotation plan for a scenario and write DIR/plan.json. Exit 0 a plan, 2 invalid scenario, " +
            "3 infeasible (plan.json names the conflicting rules), 4 no plan within the time limit. Ctrl-C stops the " +
            "search and keeps the best plan so far.")
        {
            scenario, outDir, timeLimit, workers, seed, screenshot, lang, candidates, diversity,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(new Request(
            parse.GetRequiredValue(scenario), parse.GetRequiredValue(outDir), parse.GetValue(timeLimit), parse.GetValue(workers),
            parse.GetValue(seed), parse.GetValue(screenshot), ReportWording.Find(parse.GetValue(lang))!, parse.GetValue(candidates),
            parse.GetValue(diversity)), output, error, clock, cancel)));
        return command;
    }

    private sealed record Request(string Scenario, string OutDir, double TimeLimit, int? Workers, int Seed, bool Screenshot, ReportWording Wording,
        int? Candidates, int? Diversity);

    private static int Run(Request request, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken cancel)
    {
        if (request.TimeLimit is <= 0 or > 86_400 || double.IsNaN(request.TimeLimit))
        {
            error.WriteLine("rotation: --time-limit must be more than 0 and at most 86400 seconds");
            return ExitCodes.Usage;
        }
        if (request.Workers is < 1 or > 256)
        {
            error.WriteLine("rotation: --workers must be between 1 and 256");
            return ExitCodes.Usage;
        }
        if (request.Candidates is < 1 or > 20)
        {
            error.WriteLine("rotation: --candidates must be between 1 and 20");
            return ExitCodes.Usage;
        }
        if (request.Diversity is not null && (request.Candidates is null || request.Diversity < 1))
        {
            error.WriteLine(request.Candidates is null
                ? "rotation: --diversity goes with --candidates K; add --candidates or leave --diversity out"
                : "rotation: --diversity must be at least 1 cell");
            return ExitCodes.Usage;
        }
        var bytes = InputFile.Read(request.Scenario, error);
        if (bytes is null) return ExitCodes.InvalidInput;
        var loaded = ScenarioInput.Read(bytes, request.Scenario).Loaded;
        if (!InputFile.Report(request.Scenario, loaded, error)) return ExitCodes.InvalidInput;
        var scenario = loaded.Value!;

        var console = new SolveConsole(error, SolveConsole.IsTerminal(error));
        error.WriteLine(SolveConsole.StartLine(scenario, request.TimeLimit, request.Workers, request.Seed));
        var options = new SolveOptions
        {
            TimeLimitSeconds = request.TimeLimit,
            Workers = request.Workers,
            Seed = request.Seed,
            Progress = console,
            Cancellation = cancel,
        };
        if (request.Candidates is { } count)
            return SolveCandidates.Run(scenario, count, request.Diversity ?? CandidateSearch.DefaultDiversity(scenario), options, request.OutDir,
                Path.GetFileName(request.Scenario), request.Wording, console, output, error, clock);
        var run = console.Run(() => SolveRun.Run(scenario, options, request.OutDir, clock, Path.GetFileName(request.Scenario), request.Wording));
        var plan = run.Plan;
        if (!run.Accepted)
        {
            error.WriteLine("rotation: internal error: the solver produced a plan that breaks the contract. This is a bug;");
            error.WriteLine($"rotation: please report it with the scenario and {run.Written[0]}.");
            foreach (var v in run.Check.Violations.Take(20)) error.WriteLine($"  {v}");
            return ExitCodes.InternalError;
        }
        var planPath = run.Written[^1];
        foreach (var sentence in run.Solve.ConflictSentences) error.WriteLine($"conflict: {sentence}");
        output.WriteLine(Summary(plan, planPath, stopped: cancel.IsCancellationRequested));
        foreach (var line in SolveConsole.Closing(plan, run.Written, request.OutDir, request.TimeLimit, stopped: cancel.IsCancellationRequested))
            output.WriteLine(line);
        if (request.Screenshot) Screenshot(scenario, plan, request.OutDir, output, error);
        return plan.Status switch
        {
            PlanStatus.Optimal or PlanStatus.Feasible => ExitCodes.Ok,
            PlanStatus.Infeasible => ExitCodes.Infeasible,
            _ => ExitCodes.Unknown,
        };
    }

    // The plan is written either way: a missing browser costs only the picture, so it warns rather than fails.
    private static void Screenshot(Scenario scenario, Plan plan, string outDir, TextWriter output, TextWriter error)
    {
        var shot = ReportScreenshot.Take(scenario, plan, outDir);
        if (shot.Succeeded) output.WriteLine($"Screenshot of the report: {Path.Combine(outDir, ReportScreenshot.File)}.");
        else error.WriteLine($"rotation: warning: --screenshot: {shot.Problem}. The plan and report.html are written; report.png is not.");
    }

    /// <param name="stopped">Whether a signal (Ctrl-C, SIGTERM) stopped the solve before its time limit.</param>
    internal static string Summary(Plan plan, string path, bool stopped)
    {
        var seconds = plan.SolveSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (!plan.HasAssignments)
            return plan.Status == PlanStatus.Infeasible
                ? $"{plan.Status} after {seconds} s: no plan keeps every rule; conflicts: {string.Join(", ", plan.Conflicts)}. Written {path}."
                : $"{plan.Status} after {seconds} s: no plan found {(stopped ? "before the solve was stopped" : "within the time limit")}. Written {path}.";
        var t = plan.Terms;
        return $"{plan.Status} plan in {seconds} s: objective {plan.Objective} (bound {plan.BestBound}); " +
               $"{Words.Count(t.Moves, "move")}, {t.CrossOffice} new cross-office experiences, vacancy {t.Vacancy}, training cost {t.TrainingCost}, " +
               $"preference {t.Preference}, changes {t.Changes}; {Words.Count(plan.Handovers.Length, "handover")}, {Words.Count(plan.Checkpoints.Length, "checkpoint")}. " +
               $"Checked: every rule holds. Written {path}.";
    }
}
