using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Construction;
using Rotation.Solver.Search;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Careers;

/// <summary>
/// Solves a small scenario over whole careers instead of months (a Dantzig–Wolfe reformulation): column generation
/// gives a bound far tighter than the monthly model's, CP-SAT over the columns found gives a first plan, and
/// reduced-cost fixing then keeps, per cadre, only the careers a better plan could use, so that CP-SAT over those
/// proves the optimum.
/// </summary>
internal static class CareerSolver
{
    /// <summary>Reduced-cost fixing gives up when more careers than this survive, summed over the cadres.</summary>
    private const int CareerLimit = 50_000;

    /// <summary>Share of the time limit for the local search from the stay-put plan.</summary>
    private const double StartShare = 0.25;

    /// <summary>Share of the time limit for column generation, and for the first plan over its columns.</summary>
    private const double BoundShare = 0.4;
    private const double FirstPlanShare = 0.2;

    /// <summary>
    /// The same shares while no plan is known. The columns are then the likeliest way to one: on tight scenarios the LP
    /// converges in a few seconds, and its careers combine into a plan where mending the negotiation's rows with CP-SAT on
    /// the monthly model may find none in the whole limit.
    /// </summary>
    private const double PlanlessBoundShare = 0.75;
    private const double PlanlessFirstPlanShare = 0.15;

    /// <summary>
    /// Share of the time limit by which the negotiation's rows are mended at the start, in the faults' nearest
    /// neighbourhood only (a few cadres often mend in under a second; a larger one can take CP-SAT longer than the columns
    /// take to a plan), and by which they must be mended in any neighbourhood when the columns gave no plan either; the
    /// local search from the mended plan has the rest. The monthly model, last, keeps at least the rest of the limit: it
    /// alone proves a scenario infeasible.
    /// </summary>
    private const double QuickRepairShare = 0.15;
    private const double RepairShare = 0.85;

    /// <summary>Search left for a selection after a stop: enough to turn the columns into a plan.</summary>
    private const double StoppedSearchSeconds = 1;

    /// <summary>Time for the search with the LP's whole careers kept.</summary>
    private const double FixedSeconds = 3;

    /// <summary>Receives a line per stage, for benchmarks and diagnosis.</summary>
    internal static Action<string>? Trace { get; set; }

    /// <summary>
    /// Solves a scenario <see cref="Strategy"/> gives to the careers. What the careers cannot prove is left to the
    /// monthly model for the rest of the time, warm-started from the best career plan and holding the careers' bound.
    /// </summary>
    public static SolveResult Solve(Scenario scenario, SolveOptions options, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;
        bool Stopped() => options.Cancellation.IsCancellationRequested;
        var limit = options.TimeLimitSeconds;
        var workers = options.Workers ?? Environment.ProcessorCount;
        var effort = Effort.Of(options);
        // With one worker the phases share the limit by the work done, so that two runs repeat; the clock then only ends the
        // solve as a whole. The work takes a share of its seconds on the benchmark machine, which leaves room for a slower one.
        double Spent() => workers == 1 ? effort.LimitSeconds : Elapsed();
        bool Over(double share) => Spent() > share * limit || Elapsed() > limit || Stopped();
        bool Look(double share)
        {
            effort.Look();
            return Over(share);
        }

        var index = new ScenarioIndex(scenario);
        var spaces = Enumerable.Range(0, scenario.Cadres.Length).Select(c => new CareerSpace(scenario, index, c)).ToList();
        var rows = new LinkingRows(scenario, spaces);
        using var generation = new ColumnGeneration(scenario, spaces, rows, workers, effort);
        // Far from convergence the Lagrangian bound can be far below the one that needs no model.
        var modelFree = LowerBound.Applies(scenario.Policy.Weights) ? LowerBound.Of(scenario) : double.NegativeInfinity;
        // The first rows are reported as soon as they keep every rule (the descents from them take seconds), and again after
        // the descents. Progress lines and the service's run status carry the bound as a number.
        void Found(long objective)
        {
            if (double.IsFinite(modelFree)) options.Progress?.Report(new SolveProgress(Elapsed(), objective, modelFree, 0));
        }
        var (start, startedAt, stalled) = Start(scenario, spaces, options, effort, () => Look(StartShare), () => QuickRepairShare * limit - Spent(),
            Elapsed, Found);
        if (start is { } known)
        {
            foreach (var career in known.Careers) generation.Add(career);
            Found(known.Objective);
            Trace?.Invoke($"local search from the stay-put plan: {known.Objective} at {Elapsed():F1}s");
        }
        // The LP runs on one core: with two, the other looks for a plan among the careers the LP weighs.
        using var scout = new Scout(scenario, rows, options, effort, background: workers > 1, Elapsed, start, startedAt);
        generation.Run(() => Over(scout.HasPlan ? BoundShare : PlanlessBoundShare), support => scout.Offer(support, generation.Bound));
        var scouted = scout.Finish(searchLast: generation.Converged && !Stopped());
        Trace?.Invoke($"columns: {generation.Rounds} rounds, {generation.Columns.Sum(c => c.Count)} careers, bound {generation.Bound:F2}" +
                      $"{(generation.Converged ? "" : " (not converged)")} at {Elapsed():F1}s");
        var firstSeconds = scout.FoundAt ?? Elapsed();
        // A cadre with no career at all means the scenario is infeasible, and the monthly model explains why; with no
        // round finished in time, the careers bound nothing.
        if (double.IsPositiveInfinity(generation.Bound)) return Monthly(double.NegativeInfinity);
        if (double.IsNegativeInfinity(generation.Bound))
            return scouted is { } found && double.IsFinite(modelFree) ? Searched(found, modelFree) : Mended(modelFree);

        var lowerBound = Math.Max(Math.Ceiling(generation.Bound - 1e-6), modelFree);
        var firstShare = scouted is null ? PlanlessBoundShare + PlanlessFirstPlanShare : BoundShare + FirstPlanShare;
        var best = scouted is { } early && early.Objective <= lowerBound ? early
            : Better(scouted, First(scenario, rows, generation, (long)lowerBound, options, effort, () => firstShare * limit - Spent()));
        Trace?.Invoke($"scout {scouted?.Objective.ToString() ?? "none"}");
        if (best is null) return Mended(lowerBound);
        // CP-SAT's bound over some of the careers bounds only the plans made of them: the careers' bound is what holds.
        best = best.Value with { Bound = lowerBound };
        firstSeconds = scout.FoundAt ?? Elapsed();
        options.Progress?.Report(new SolveProgress(Elapsed(), best.Value.Objective, lowerBound, 1));
        Trace?.Invoke($"first plan {best.Value.Objective} at {firstSeconds:F1}s");

        // Fixing needs the LP's optimum: short of it the bound's slack keeps nearly every career, and the enumeration takes
        // the rest of the time for nothing.
        if (best.Value.Objective > lowerBound && generation.Converged && !Stopped() &&
            Fix(scenario, spaces, rows, generation, best.Value, workers, effort, () => Over(1)) is { } kept)
        {
            Trace?.Invoke($"fixing: {kept.Sum(k => k.Count)} careers at {Elapsed():F1}s");
            if (Select(scenario, rows, kept, best.Value.Careers, (long)lowerBound, options, effort, Math.Max(0.5, limit - Spent())) is { } final)
            {
                // Every plan better than the first uses kept careers only, so the search's bound holds for all plans.
                var bound = Math.Max(lowerBound, Math.Min(best.Value.Objective, final.Bound));
                best = (final.Objective <= best.Value.Objective ? final : best.Value) with { Bound = bound };
            }
        }
        var proven = Math.Max(best.Value.Bound, lowerBound);
        if (proven < best.Value.Objective && !Stopped()) return Searched(best.Value, proven);
        var plan = Assemble(scenario, best.Value, Math.Min(proven, best.Value.Objective), Elapsed());
        return new SolveResult(plan, new ModelSize(best.Value.Variables, rows.Rows.Count, scenario.Cadres.Length, scenario.Horizon.Months),
            firstSeconds, []);

        // What the careers leave unproven, the local search improves for the rest of the time: from a plan it finds better
        // plans far sooner than the monthly model, which on tight scenarios finds none in tens of seconds.
        SolveResult Searched(Selection start, double bound)
        {
            var (posts, trainings, verdict) = Judged(scenario, start);
            return SearchedFrom(posts, trainings, verdict, bound, start.Variables);
        }

        SolveResult SearchedFrom(IReadOnlyDictionary<string, string?[]> posts, IReadOnlyList<Training> trainings, Verdict verdict, double bound,
            int variables)
        {
            bool Stop() => Look(1);
            var search = new LocalSearch(new PartJudge(scenario, (_, _) => true), posts, trainings, verdict, Stop, options.Seed, effort);
            while (!Stop()) search.Step();
            var plan = search.Verdict.ToPlan(scenario, search.Rows, search.Trainings, bound, Elapsed());
            return new SolveResult(plan, new ModelSize(variables, rows.Rows.Count, scenario.Cadres.Length, scenario.Horizon.Months),
                firstSeconds, []);
        }

        // With no plan from the columns either, the negotiation's closest rows are mended around their faults with CP-SAT
        // on the monthly model (NeighbourhoodRepair), and the local search improves the mended plan.
        SolveResult Mended(double bound)
        {
            // Without a finite bound the searched plan could claim none; the monthly model then brings its own.
            if (stalled is not var (near, courses) || !double.IsFinite(bound) || Stopped())
                return Monthly(bound);
            var quiet = options with { Progress = null };
            // The clock bounds the mend too: this late, a budget by work alone could run past the limit.
            double RepairLeft() => Math.Min(RepairShare * limit - Spent(), RepairShare * limit - Elapsed());
            if (NeighbourhoodRepair.Run(scenario, near, courses, quiet, RepairLeft, effort) is not var (posts, trainings, verdict))
                return Monthly(bound);
            firstSeconds = Elapsed();
            Trace?.Invoke($"mended the negotiation's rows: {verdict.Objective} at {firstSeconds:F1}s");
            Found(verdict.Objective);
            return SearchedFrom(posts, trainings, verdict, bound, 0);
        }

        // With no plan from the careers, the monthly model searches from scratch, holding the careers' bound.
        SolveResult Monthly(double bound)
        {
            var before = Elapsed();
            // What is left by work, and by the clock, which ends the solve as a whole.
            var left = Math.Max(0.5, Math.Min(limit - Spent(), limit - Elapsed()));
            var result = MonthlySolver.Solve(scenario, options with { TimeLimitSeconds = left }, clock, start: null);
            var plan = result.Plan;
            if (plan.Status is not (PlanStatus.Optimal or PlanStatus.Feasible) || plan.Objective is not { } objective) return result;
            var held = Math.Min(objective, Math.Max(plan.BestBound ?? double.NegativeInfinity, bound));
            return result with
            {
                Plan = plan with
                {
                    BestBound = held,
                    Status = held >= objective ? PlanStatus.Optimal : PlanStatus.Feasible,
                    SolveSeconds = Elapsed(),
                },
                FirstPlanSeconds = before + result.FirstPlanSeconds,
            };
        }
    }

    /// <summary>
    /// A first plan over the columns. A plan that meets the bound uses, for every cadre, a career whose reduced cost is
    /// within the bound's fraction of the cadre's least, so the search may leave out every other column and still find
    /// it. The LP optimum is mostly whole careers: keeping those first is a small search; only when it misses the bound
    /// does the search range over every such column, and only when that fails over every column.
    /// </summary>
    private static Selection? First(Scenario scenario, LinkingRows rows, ColumnGeneration generation, long bound, SolveOptions options,
        Effort effort, Func<double> secondsLeft)
    {
        if (generation.Columns.Any(c => c.Count == 0)) return null;
        var solution = generation.Solution();
        // A cadre the LP leaves to its artificial unit has no weighted career: hint their first.
        var heaviest = solution.Select((s, c) => s.Length > 0 ? s.MaxBy(x => x.Weight).Career : generation.Columns[c][0]).ToArray();
        var tight = generation.Columns.Select((careers, c) =>
            (IReadOnlyList<Career>)[.. careers.Where(k => generation.Slack(k) <= bound - generation.Bound + 1e-6)]).ToArray();
        var rounded = solution.Select((s, c) => s.Length == 1 && s[0].Weight > 1 - 1e-6 ? [s[0].Career] : tight[c]).ToArray();
        Selection? best = null;
        foreach (var (careers, seconds, tuning) in new[]
                 {
                     (rounded, FixedSeconds, QuickTuning), (tight, double.PositiveInfinity, QuickTuning),
                     (generation.Columns, double.PositiveInfinity, SelectTuning),
                 })
        {
            best = Better(best, Select(scenario, rows, careers, best?.Careers ?? heaviest, bound, options, effort,
                Math.Max(0.5, Math.Min(seconds, secondsLeft())), tuning));
            Trace?.Invoke($"first plan over {careers.Sum(c => c.Count)} careers: {best?.Objective}");
            if (best is { } found && found.Objective <= bound || secondsLeft() <= 0 || options.Cancellation.IsCancellationRequested) break;
        }
        return best;
    }

    /// <summary>
    /// The local search's plan from the first plan (the stay-put plan, or a negotiated one where that breaks a rule), as
    /// careers: a plan in seconds that the LP can use from its first round and that the searches over careers start from.
    /// Only its two descents from the start are made: kicked descents after them take time the LP would use better, and
    /// delay the optimum over careers rather than hasten it. Null when no first plan comes in time, or a cadre's row is no
    /// career of theirs.
    /// </summary>
    /// <returns>
    /// The plan, and when the stay-put plan was judged to keep the rules: the time of the first plan. When the negotiation
    /// stalled: its closest rows and their courses, for mending should the columns give no plan either.
    /// </returns>
    private static (Selection? Plan, double? FoundAt, (IReadOnlyDictionary<string, string?[]> Rows, IReadOnlyList<Training> Trainings)? Stalled) Start(
        Scenario scenario, IReadOnlyList<CareerSpace> spaces, SolveOptions options, Effort effort, Func<bool> timeUp, Func<double> repairLeft,
        Func<double> elapsed, Action<long> found)
    {
        (IReadOnlyDictionary<string, string?[]>, IReadOnlyList<Training>)? stalled = null;
        var quiet = options with { Progress = null };
        var search = FirstRows.Search(scenario, timeUp, options.Seed, (rows, trainings) =>
        {
            stalled = (rows, trainings);
            return NeighbourhoodRepair.Run(scenario, rows, trainings, quiet, repairLeft, effort, closestOnly: true);
        }, effort);
        if (search is null) return (null, null, stalled);
        var foundAt = elapsed();
        found(search.Verdict.Objective);
        while (search.Descents < 2 && !timeUp()) search.Step();
        var careers = new Career[spaces.Count];
        for (var c = 0; c < spaces.Count; c++)
        {
            var cadre = spaces[c].Cadre.Id;
            if (spaces[c].CareerOf(scenario, search.Rows[cadre], search.Trainings.Where(t => t.Cadre == cadre)) is not { } career)
                return (null, null, null);
            careers[c] = career;
        }
        return (new Selection(careers, search.Verdict.Objective, double.NegativeInfinity, 0), foundAt, null);
    }

    /// <summary>
    /// Searches the careers the LP weighs in each round, with one CP-SAT worker: once the bound is proven, a plan found
    /// meanwhile that meets it ends the solve without a first-plan search. In the background it takes the latest round
    /// offered and costs the LP nothing; else each search runs in turn (a small search, so it costs the LP little),
    /// which keeps a one-worker solve repeatable.
    /// </summary>
    private sealed class Scout : IDisposable
    {
        /// <summary>Each search's limit: the next round's careers are usually ready by then.</summary>
        private const double SearchSeconds = 2;

        private readonly Scenario _scenario;
        private readonly LinkingRows _rows;
        private readonly SolveOptions _options;
        private readonly Effort _effort;
        private readonly Func<double> _elapsed;
        private readonly object _gate = new();
        private readonly CancellationTokenSource _stop;
        private readonly Task? _task;
        private (IReadOnlyList<Career>[] Columns, double Bound)? _pending;
        private bool _finished;
        private Selection? _best;
        private volatile bool _hasPlan;

        public Scout(Scenario scenario, LinkingRows rows, SolveOptions options, Effort effort, bool background, Func<double> elapsed,
            Selection? start, double? startedAt)
        {
            (_scenario, _rows, _effort, _elapsed) = (scenario, rows, effort, elapsed);
            (_best, FoundAt, _hasPlan) = (start, startedAt, start is not null);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation);
            _options = options with { Workers = 1, Cancellation = _stop.Token, Progress = null };
            if (background) _task = Task.Run(Loop);
        }

        public void Offer(IReadOnlyList<Career>[] columns, double bound)
        {
            if (_task is null)
            {
                Search(columns, bound);
                return;
            }
            lock (_gate)
            {
                _pending = (columns, bound);
                Monitor.Pulse(_gate);
            }
        }

        /// <summary>
        /// Returns the best plan found. With <paramref name="searchLast"/> the latest offer is still searched (the
        /// converged LP's careers, where a plan that meets the bound is likeliest); else the search under way stops.
        /// </summary>
        public Selection? Finish(bool searchLast)
        {
            lock (_gate)
            {
                _finished = true;
                if (!searchLast) _pending = null;
                Monitor.Pulse(_gate);
            }
            if (!searchLast) _stop.Cancel();
            _task?.Wait();
            return _best;
        }

        private void Loop()
        {
            while (true)
            {
                (IReadOnlyList<Career>[] Columns, double Bound) offer;
                lock (_gate)
                {
                    while (_pending is null && !_finished) Monitor.Wait(_gate);
                    if (_pending is null) return;
                    offer = _pending!.Value;
                    _pending = null;
                }
                Search(offer.Columns, offer.Bound);
            }
        }

        private void Search(IReadOnlyList<Career>[] offered, double proven)
        {
            var bound = double.IsFinite(proven) ? (long)Math.Ceiling(proven - 1e-6) : long.MinValue / 4;
            // The best plan so far stays among the careers, so a search never ends worse than it.
            var columns = _best is { } best
                ? offered.Select((c, i) => c.Any(k => k.Key == best.Careers[i].Key) ? c : [.. c, best.Careers[i]]).ToArray()
                : offered;
            _best = Better(_best, Select(_scenario, _rows, columns, _best?.Careers, bound, _options, _effort, SearchSeconds, QuickTuning));
            if (_best is null) return;
            FoundAt ??= _elapsed();
            _hasPlan = true;
        }

        /// <summary>Whether a plan is known: the start's, or one a search has found.</summary>
        public bool HasPlan => _hasPlan;

        /// <summary>When the first plan was found, in the solve's seconds; read after <see cref="Finish"/>.</summary>
        public double? FoundAt { get; private set; }

        public void Dispose()
        {
            if (!_finished) Finish(searchLast: false);
            _stop.Dispose();
        }
    }

    /// <summary>Careers touch a row per month each, so probing a selection model costs seconds and buys little.</summary>
    private const string SelectTuning = "cp_model_probing_level:0";

    /// <summary>
    /// The first plan's small searches skip presolve too: there it takes most of the search's time, and the search is
    /// faster without it.
    /// </summary>
    private const string QuickTuning = "cp_model_probing_level:0 cp_model_presolve:false";

    private static Selection? Better(Selection? a, Selection? b) =>
        a is null ? b : b is null ? a : b.Value.Objective < a.Value.Objective ? b : a;

    private readonly record struct Selection(Career[] Careers, long Objective, double Bound, int Variables);

    /// <summary>CP-SAT over the given careers, hinted with a known plan.</summary>
    private static Selection? Select(Scenario scenario, LinkingRows rows, IReadOnlyList<Career>[] careers, Career[]? hint,
        long bound, SolveOptions options, Effort effort, double seconds, string tuning = SelectTuning)
    {
        if (careers.Any(c => c.Count == 0)) return null;
        var model = new CareerModel(scenario, rows, careers);
        model.Minimize(bound);
        if (hint is not null) model.Hint(hint);
        // A stop asked for before the search begins would be lost (StopSearch acts on a search under way): cut the time.
        if (options.Cancellation.IsCancellationRequested) seconds = Math.Min(seconds, StoppedSearchSeconds);
        using var solver = new CpSolver { StringParameters = MonthlySolver.Parameters(options with { Tuning = tuning + " " + options.Tuning }, seconds) };
        using var stop = options.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Cp);
        effort.SpendDeterministic(solver.Response?.DeterministicTime ?? seconds);
        Trace?.Invoke($"select over {model.Variables} careers: {status} {solver.ObjectiveValue} bound {solver.BestObjectiveBound} in {solver.WallTime():F1}s");
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        var objective = (long)Math.Round(solver.ObjectiveValue);
        var proven = status == CpSolverStatus.Optimal ? objective : Math.Ceiling(solver.BestObjectiveBound - 1e-6);
        return new Selection(model.Chosen(solver.BooleanValue), objective, proven, model.Variables);
    }

    /// <summary>
    /// Reduced-cost fixing: a plan of objective z pays at least the bound plus, per cadre, how far its career's reduced
    /// cost exceeds the cadre's least. So a plan better than <paramref name="best"/> uses, for every cadre, a career within
    /// best − 1 − bound of the least; those, with the best plan's own, are kept. Null when too many survive or the time is up.
    /// </summary>
    private static List<Career>[]? Fix(Scenario scenario, IReadOnlyList<CareerSpace> spaces, LinkingRows rows,
        ColumnGeneration generation, Selection best, int workers, Effort effort, Func<bool> timeUp)
    {
        var slack = best.Objective - 1 - generation.Bound;
        var kept = new List<Career>[spaces.Count];
        var overflow = false;
        Parallel.For(0, spaces.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
        {
            var pricer = new CareerPricer(scenario, spaces[c], rows, generation.Duals, timeUp);
            var found = pricer.Enumerate(generation.Least[c] + slack, CareerLimit);
            effort.Spend(pricer.Work);
            if (found is null)
            {
                overflow = true;
                return;
            }
            var careers = found.Select(f => f.Career).ToList();
            if (careers.All(k => k.Key != best.Careers[c].Key)) careers.Add(best.Careers[c]);
            kept[c] = careers;
        });
        return overflow || kept.Sum(k => k.Count) > CareerLimit ? null : kept;
    }

    /// <summary>The plan file of the chosen careers, its terms counted by the checker.</summary>
    private static Plan Assemble(Scenario scenario, Selection selection, double bound, double seconds)
    {
        var (rows, trainings, verdict) = Judged(scenario, selection);
        return verdict.ToPlan(scenario, rows, trainings, Math.Min(bound, verdict.Objective), seconds);
    }

    /// <summary>The chosen careers as rows and courses, with the checker's verdict on them.</summary>
    private static (Dictionary<string, string?[]> Rows, List<Training> Trainings, Verdict Verdict) Judged(Scenario scenario, Selection selection)
    {
        var rows = selection.Careers.ToDictionary(c => c.Space.Cadre.Id, c => c.PostIds());
        var trainings = selection.Careers.SelectMany(c => c.Enrolments(scenario)).ToList();
        // A career breaks no rule and the master keeps the shared ones, so the checker holds the plan and counts no more
        // than the master; anything else is a bug in this solver, never a plan. It may count less: a search stopped early
        // (by the limit, on a busy machine) may leave a vacancy variable above the post's real shortfall.
        var verdict = new PartJudge(scenario, (_, _) => true).Judge(rows, trainings)
                      ?? throw new InvalidOperationException("the career solver chose a plan that breaks a rule");
        if (verdict.Objective > selection.Objective)
            throw new InvalidOperationException($"the career solver counted {selection.Objective} for a plan the checker counts {verdict.Objective}");
        return (rows, trainings, verdict);
    }
}
