using System.Collections.Immutable;
using System.Globalization;
using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;
using Rotation.Solver.Search;

namespace Rotation.Solver.WholeModel;

/// <summary>Solves one CP-SAT model of the whole scenario over months, warm-started, and ends with a short local search.</summary>
internal static class MonthlySolver
{
    /// <summary>At most this share of the time limit goes to finding a first plan.</summary>
    private const double FirstPlanShare = 0.5;

    /// <summary>Search left after a stop that came before the search began: enough to turn the first plan into a plan.</summary>
    private const double StoppedSearchSeconds = 2;

    /// <summary>The local search at the end takes at most PolishSeconds or PolishShare of the limit.</summary>
    private const double PolishSeconds = 5;
    private const double PolishShare = 0.1;

    /// <summary>
    /// One CP-SAT model of the whole scenario, warm-started from <paramref name="start"/> or the stay-put plan.
    /// </summary>
    public static SolveResult Solve(Scenario scenario, SolveOptions options, TimeProvider clock, Guess? start)
    {
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;

        var guess = start ?? Guess.Of(StayPutPlanner.Plan(scenario));
        // A given start is a whole plan already; with a published plan, the published cells are hinted over the guess.
        // Either way there is no first-plan stage.
        var staged = scenario.Published is null && start is null && FirstPlan.Applies(scenario);
        var first = staged ? FirstPlan.Find(scenario, guess, options, options.TimeLimitSeconds * FirstPlanShare, clock) : guess;
        var model = ModelBuilder.Build(scenario, explaining: false, out var terms);
        options.Constrain?.Invoke(model);
        Hints.Add(model, first);
        var size = new ModelSize(model.Cp.Model.Variables.Count, model.Cp.Model.Constraints.Count, scenario.Cadres.Length,
            scenario.Horizon.Months);

        // StopSearch acts only on a search under way, so a stop asked for earlier (during the first-plan stages) would be
        // lost and the search would run its whole time: cut the time instead.
        // A whole-scenario solve keeps a few seconds for a local search over its plan: when the first plan comes late,
        // CP-SAT's plan can still leave posts short that a fill mends at once.
        var polish = options.Constrain is null && options.TimeLimitSeconds >= Strategy.PolishFromSeconds
            ? Math.Min(PolishSeconds, PolishShare * options.TimeLimitSeconds)
            : 0;
        var left = Math.Max(0.1, options.TimeLimitSeconds - polish - Elapsed());
        if (options.Cancellation.IsCancellationRequested) left = Math.Min(left, StoppedSearchSeconds);
        // The work left for the search is what the stages and the polish leave of the limit, not what the clock says, so
        // that one worker repeats.
        var work = options.TimeLimitSeconds * (1 - (staged ? FirstPlanShare : 0)) - polish;
        using var solver = new CpSolver { StringParameters = Parameters(options, left, workSeconds: Math.Max(0.1, work)) };
        var callback = new ProgressCallback(Elapsed, options.Progress);
        using var stop = options.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Cp, callback);

        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var plan = Extract(model, terms, solver, status, Elapsed());
            if (polish > 0 && plan.Status == PlanStatus.Feasible)
                plan = Polish(scenario, plan, polish, options, () => Elapsed() > options.TimeLimitSeconds || options.Cancellation.IsCancellationRequested,
                    Elapsed);
            return new SolveResult(plan, size, callback.FirstSolutionSeconds ?? Elapsed(), []);
        }
        if (status == CpSolverStatus.ModelInvalid)
            throw new InvalidOperationException($"the CP model is invalid: {model.Cp.Validate()}");
        if (status == CpSolverStatus.Infeasible)
        {
            var conflicts = options.ExplainInfeasibility
                ? ConflictExplainer.Explain(scenario, options, Math.Max(10, options.TimeLimitSeconds - Elapsed()), clock)
                : [];
            var plan = PlanAssembler.Empty(scenario, PlanStatus.Infeasible, conflicts, Elapsed());
            return new SolveResult(plan, size, null, [.. conflicts.Select(c => Conflicts.Describe(c, scenario))]);
        }
        return new SolveResult(PlanAssembler.Empty(scenario, PlanStatus.Unknown, [], Elapsed()), size, null, []);
    }

    /// <summary>The plan improved by <see cref="LocalSearch"/> until time is up, with CP-SAT's bound; or the plan itself.</summary>
    /// <param name="seconds">The search's share of the limit: with one worker, its work, so that it repeats.</param>
    private static Plan Polish(Scenario scenario, Plan plan, double seconds, SolveOptions options, Func<bool> timeUp, Func<double> elapsed)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var rows = plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts.ToArray());
        if (judge.Judge(rows, plan.Trainings) is not { } start) return plan;
        var effort = Effort.Of(options);
        bool Stop()
        {
            effort.Look();
            return ((options.Workers ?? Environment.ProcessorCount) == 1 && effort.LimitSeconds > seconds) || timeUp();
        }
        var search = new LocalSearch(judge, rows, plan.Trainings, start, Stop, options.Seed, effort);
        search.Run();
        if (search.Verdict.Objective >= start.Objective) return plan;
        return search.Verdict.ToPlan(scenario, search.Rows, search.Trainings, plan.BestBound ?? search.Verdict.Objective, elapsed());
    }

    /// <summary>
    /// With one worker, the share of a CP-SAT call's seconds given to it as deterministic time (CP-SAT's count of work,
    /// near a second each): the call then stops after the same work on any machine up to about twice as slow as the
    /// wall-clock limit allows for, and two runs give the same plan (SPEC §6).
    /// </summary>
    private const double DeterministicShare = 0.5;

    /// <param name="workSeconds">The seconds the deterministic limit comes from, when not the time limit's: a budget that does not
    /// shrink with the time the caller took to get here, so that the call repeats.</param>
    public static string Parameters(SolveOptions options, double timeLimit, double? workSeconds = null)
    {
        var workers = options.Workers ?? Environment.ProcessorCount;
        var work = workers == 1
            ? string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{(workSeconds ?? timeLimit) * DeterministicShare} ")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{timeLimit} {work}num_workers:{workers} random_seed:{options.Seed} log_search_progress:false {options.Tuning}");
    }

    private static Plan Extract(RotationModel model, IReadOnlyList<IObjectiveTerm> terms, CpSolver solver, CpSolverStatus status,
        double seconds)
    {
        var solution = Guess.From(model, solver.BooleanValue);
        var posts = solution.Posts.ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value);
        var trainings = solution.Enrolments.Select(e => new Training(e.Cadre, e.Course, model.Label(e.Start))).ToImmutableArray();
        var counts = terms.ToDictionary(t => t.Id, t => t.Evaluate(solver.Value));
        var result = new Terms(counts["vacancy"], counts["moves"], counts["excessMoves"], counts["trainingCost"],
            counts["crossOffice"], counts["preference"], counts["changes"]);
        var objective = result.Objective(model.Scenario.Policy.Weights);
        // The bound is on an integer objective, so its ceiling is a bound too; a plan that meets it is proven optimal.
        var bound = status == CpSolverStatus.Optimal ? objective : Math.Min(objective, Math.Ceiling(solver.BestObjectiveBound - 1e-6));
        var planStatus = bound >= objective ? PlanStatus.Optimal : PlanStatus.Feasible;
        return PlanAssembler.Assemble(model.Scenario, new Decisions(posts, trainings), planStatus, result, objective,
            bound, seconds);
    }

    private sealed class ProgressCallback(Func<double> elapsed, IProgress<SolveProgress>? progress) : CpSolverSolutionCallback
    {
        private int _solutions;
        public double? FirstSolutionSeconds { get; private set; }

        public override void OnSolutionCallback()
        {
            _solutions++;
            FirstSolutionSeconds ??= elapsed();
            progress?.Report(new SolveProgress(elapsed(), (long)Math.Round(ObjectiveValue()), BestObjectiveBound(), _solutions));
        }
    }
}
