using System.Collections.Immutable;
using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Construction;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Decomposition;

/// <summary>
/// Large scenarios, solved a cluster of offices at a time. One CP-SAT model of thousands of cadres does not fit in
/// memory, while a few offices solve in seconds. Offices that a published plan links (someone holds posts of both) stay
/// together; clusters are filled to about <see cref="ClusterCadres"/> cadres, so that people can still change office
/// within one. Each cluster is a scenario of its own in which its cadres may hold only its posts, so clusters never
/// share a post or an office and avoidance across clusters holds by itself. Each cluster's stay-put plan, judged by the
/// checker, is the first plan, or where one breaks a rule a <see cref="Negotiation"/>'s, widened beyond the clusters
/// where they are too tight (clusters it moves people between become one) and then settled; a <see cref="LocalSearch"/>
/// per cluster improves it, one descent at a time, the workers taking next the cluster that has had the least time for
/// its distance from its own bound. CP-SAT solves a cluster only where the negotiation finds no plan. The bound is
/// <see cref="LowerBound"/>: the restriction to clusters is a heuristic, so the clusters' own bounds prove nothing about
/// the whole.
/// </summary>
internal static class OfficeClusters
{
    private const int ClusterCadres = 30;

    /// <summary>
    /// Rounds a negotiation within clusters may go without fewer broken rows, and in all, before every post is opened: a
    /// cluster that needs another's posts stays stuck, while those that settle do so in a few rounds.
    /// </summary>
    private const int ClusteredPatience = 10, ClusteredRounds = 25;

    /// <summary>Widenings to the posts around the clusters where rules still break, before every post is opened.</summary>
    private const int Widenings = 3;

    /// <summary>
    /// From this many cadres on, the first widening opens every post: each widening before the last costs up to
    /// <see cref="ClusteredRounds"/> rounds and forgets the prices. On thousands of cadres the widenings one by one cost
    /// more time than a first plan can wait for; smaller scenarios settle better through them.
    /// </summary>
    private const int ManyCadres = 1000;

    /// <summary>At most this many negotiations side by side, one per worker: each holds its own prices and rows.</summary>
    private const int MostNegotiations = 4;

    /// <summary>
    /// Once one negotiation has a plan, the others may go on for this share of the time it took before the best plan is
    /// taken: long enough for those close behind, short enough to leave the search most of the limit.
    /// </summary>
    private const double RunnersUpGrace = 0.5;

    /// <summary>At most this many rounds of <see cref="Negotiation.Settle"/>: a cap only, since it usually stops gaining after a few.</summary>
    private const int SettleRounds = 50;

    /// <summary>No cluster solve gets less: CP-SAT needs about this long to load and presolve a cluster.</summary>
    private const double MinSeconds = 1;

    /// <summary>
    /// Share of the time limit by which the checker-judged local search ends, on every cluster together; the rest is for
    /// assembling the plan. Nearly all of it: the search keeps improving to the end, while CP-SAT searching one office of
    /// a cluster at a time afterwards finds nothing the search missed.
    /// </summary>
    private const double LocalSearchShare = 0.98;

    /// <summary>Apart from each other, the seeds of two lanes of one cluster: far from the next cluster's.</summary>
    private const int LaneSeeds = 7919;

    /// <summary>Presolve without probing: on a cluster it costs more time than the search it saves.</summary>
    private const string LightPresolve = "cp_model_probing_level:0";

    public static SolveResult Solve(Scenario scenario, SolveOptions options, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;
        var clusters = Clusters(scenario);
        var solved = new Dictionary<int, Verdict>();
        var proven = new HashSet<int>();
        var parts = Enumerable.Range(0, clusters.Count).Select(i => Part(scenario, clusters[i])).ToList();
        var plans = new Current(parts.SelectMany(p => StayPutPlanner.Plan(p)).ToDictionary(r => r.Key, r => r.Value), [], scenario);
        double? firstPlan = null;
        long variables = 0, constraints = 0;
        var tuned = options with { Progress = null, ExplainInfeasibility = false, Tuning = LightPresolve };
        // Rows of the whole: each cluster's part that the checker holds becomes its plan, whatever it had before. Unless
        // partial ones are welcome, rows that some cluster's part breaks are not taken at all.
        bool Adopt(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, bool partial)
        {
            var before = (Rows: rows.Keys.ToDictionary(c => c, c => plans.Rows[c]), Trainings: plans.Trainings.ToList());
            foreach (var (cadre, row) in rows) plans.Rows[cadre] = row;
            plans.Trainings.Clear();
            plans.Trainings.AddRange(trainings);
            var verdicts = Enumerable.Range(0, clusters.Count)
                .Select(i => Judge(scenario, clusters[i], parts[i], plans).Judge(Rows(plans, clusters[i]), Trainings(plans, clusters[i]))).ToList();
            var all = verdicts.All(v => v is not null);
            if (!all && !partial)
            {
                foreach (var (cadre, row) in before.Rows) plans.Rows[cadre] = row;
                plans.Trainings.Clear();
                plans.Trainings.AddRange(before.Trainings);
                return false;
            }
            for (var i = 0; i < clusters.Count; i++)
                if (verdicts[i] is { } verdict) solved[i] = verdict;
            return all;
        }
        void Keep(int i, IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, Verdict verdict)
        {
            if (solved.TryGetValue(i, out var previous) && verdict.Objective >= previous.Objective) return;
            solved[i] = verdict;
            foreach (var (cadre, row) in rows) plans.Rows[cadre] = row;
            plans.Trainings.RemoveAll(t => clusters[i].Cadres.Contains(t.Cadre));
            plans.Trainings.AddRange(trainings);
        }
        void Search(int i, Guess start, double seconds)
        {
            var result = MonthlySolver.Solve(parts[i], tuned with
            {
                TimeLimitSeconds = Math.Max(MinSeconds, seconds),
                Constrain = m => Leftover(m, scenario, clusters[i], plans),
            }, clock, start);
            (variables, constraints) = (Math.Max(variables, result.Size.Variables), Math.Max(constraints, result.Size.Constraints));
            if (!result.Plan.HasAssignments) return;
            if (result.Plan.Status == PlanStatus.Optimal) proven.Add(i);
            Keep(i, result.Plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts.ToArray()), result.Plan.Trainings,
                new Verdict(result.Plan.Terms, result.Plan.Objective!.Value));
        }
        long bound = long.MinValue;
        void Passed()
        {
            if (solved.Count < clusters.Count) return;
            firstPlan ??= Elapsed();
            options.Progress?.Report(new SolveProgress(Elapsed(), solved.Values.Sum(v => v.Objective), bound, 0));
        }
        IEnumerable<int> Costliest() => Enumerable.Range(0, clusters.Count).Where(i => !proven.Contains(i))
            .OrderByDescending(i => solved.TryGetValue(i, out var v) ? v.Objective : long.MaxValue).ToList();

        // The stay-put plan of each cluster is the first plan when the checker holds them all; else one negotiation over the
        // whole organisation builds them, with each cadre kept to their cluster's posts at first, so that the limits the
        // clusters share are shared out fairly; where that stalls, with more posts open, and clusters whose people it moves
        // between them become one.
        var quick = LowerBound.Quick(scenario);
        var settle = FirstPlans(scenario, clusters, parts, plans, Adopt, options, () => options.TimeLimitSeconds * LocalSearchShare - Elapsed(),
            objective => options.Progress?.Report(new SolveProgress(Elapsed(), objective, quick, 0)));
        // A cluster with no plan yet is searched whole by CP-SAT, hinted with its rows so far, sharing what is left of the
        // limit, unless the solve is stopped: then there is no plan of the whole.
        var unsolved = Enumerable.Range(0, clusters.Count).Where(i => !solved.ContainsKey(i)).ToList();
        foreach (var (i, k) in unsolved.Select((i, k) => (i, k)))
            if (!options.Cancellation.IsCancellationRequested && (options.TimeLimitSeconds * LocalSearchShare - Elapsed()) / (unsolved.Count - k) is
                    var seconds and >= MinSeconds)
                Search(i, Guess.Of(Rows(plans, clusters[i])), seconds);
        var size = () => new ModelSize((int)variables, (int)constraints, scenario.Cadres.Length, scenario.Horizon.Months);
        if (solved.Count < clusters.Count)
            return new SolveResult(PlanAssembler.Empty(scenario, PlanStatus.Unknown, [], Elapsed()), size(), null, []);
        // The first plan goes out with a bound that takes no time; the settling pass improves it before the full bound,
        // which takes seconds on thousands of cadres and stops at the limit.
        firstPlan = Elapsed();
        bound = quick;
        Passed();
        if (settle?.Invoke() is { } settled && Adopt(settled.Rows, settled.Trainings, partial: false)) Passed();
        if (BoundWithin(scenario, options.TimeLimitSeconds - Elapsed(), options.Cancellation) is { } full)
        {
            bound = Math.Max(bound, full);
            Passed();
        }
        // Then the changes a planner would try, judged by the checker: one descent of one cluster at a time on each
        // worker (LocalSearch.Step), until the search's share of the limit is spent.
        var searchEnds = options.TimeLimitSeconds * LocalSearchShare;
        // With one worker the search stops after a fixed amount of work instead of at a moment, so that two runs give
        // the same plan (SPEC §6); the unit is one look at the clock by the search. The limit still stops it on a
        // machine too slow for that work.
        var fixedWork = options.Workers == 1;
        var workLimit = FixedWork.For(options, searchEnds);
        long work = 0;
        bool SearchTimeUp() => (fixedWork && ++work > workLimit) || Elapsed() > searchEnds || options.Cancellation.IsCancellationRequested;
        double Spent() => fixedWork ? work / FixedWork.ChecksPerSecond : Elapsed();
        var order = Costliest().Where(solved.ContainsKey).ToList();
        var threads = options.Workers ?? Environment.ProcessorCount;
        // Clusters that share a limit (the organisation's moves a month, a course's seats) are searched one at a time, each
        // within what the others' plans leave. Workers to spare search the same cluster side by side (lanes): each lane
        // from the best plan so far, in its own order and with its own kicks, the better plan kept.
        var shared = !SharesNothing(scenario, clusters);
        var laneCount = shared ? threads : Math.Max(1, threads / clusters.Count);
        var lanes = clusters.Select(_ => new LocalSearch?[laneCount]).ToArray();
        var busy = clusters.Select(_ => new bool[laneCount]).ToArray();
        var ownBounds = new long?[clusters.Count];
        var spent = new double[clusters.Count];
        var gate = new object();
        bool Free(int i) => !shared || Enumerable.Range(0, clusters.Count).All(j => j == i || !busy[j].Contains(true));
        (int Cluster, int Lane)? Idle(int i) => Free(i) && Array.IndexOf(busy[i], false) is var k and >= 0 ? (i, k) : null;
        // Each cluster's first descents, the costliest first; then the cluster with the least time spent for its distance
        // from its own bound, where a descent finds the most; a cluster already near its bound gains little from more.
        (int Cluster, int Lane)? Next()
        {
            foreach (var i in order)
                for (var k = 0; k < laneCount; k++)
                    if (Free(i) && !busy[i][k] && lanes[i][k] is null) return (i, k);
            return order.Where(i => Idle(i) is not null && ownBounds[i] is { } bound && solved[i].Objective > bound)
                .OrderBy(i => spent[i] / (solved[i].Objective - ownBounds[i]!.Value)).Select(Idle).FirstOrDefault();
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (!SearchTimeUp())
            {
                int i, k;
                LocalSearch search;
                lock (gate)
                {
                    if (Next() is not { } next)
                    {
                        // Nothing for this worker until another lane's descent ends; nothing at all once every cluster is at its bound.
                        if (!busy.Any(b => b.Contains(true))) return;
                        Monitor.Wait(gate, TimeSpan.FromMilliseconds(100));
                        continue;
                    }
                    (i, k) = next;
                    busy[i][k] = true;
                    // A fresh judge each time: other clusters' changes since its last descent move the limits they share.
                    var judge = Judge(scenario, clusters[i], parts[i], plans);
                    search = lanes[i][k] ??= new LocalSearch(judge, Rows(plans, clusters[i]), Trainings(plans, clusters[i]), solved[i],
                        SearchTimeUp, options.Seed + i + LaneSeeds * k, firstDescent: Math.Min(k, 2));
                    search.Judge = judge;
                    if (solved[i].Objective < search.Verdict.Objective) search.Adopt(Rows(plans, clusters[i]), Trainings(plans, clusters[i]), solved[i]);
                    // Under the gate: two lanes of one cluster may begin at once.
                    ownBounds[i] ??= clusters.Count == 1 ? bound : LowerBound.Quick(parts[i]);
                }
                var began = Spent();
                search.Step();
                lock (gate)
                {
                    (spent[i], busy[i][k]) = (spent[i] + Spent() - began, false);
                    Keep(i, search.Rows, search.Trainings, search.Verdict);
                    Passed();
                    Monitor.PulseAll(gate);
                }
            }
        });
        return new SolveResult(Merge(scenario, plans, solved.Values, bound, Elapsed()), size(), firstPlan, []);
    }

    /// <summary>
    /// Each cluster's first plan, given to <paramref name="adopt"/>: the stay-put plans where the checker holds every one;
    /// else a negotiation's (see above), leaving in <paramref name="plans"/> the rows closest to a plan where there is none.
    /// The clusters may have been merged. Returns what settles a negotiated plan further, to be called once the plan has
    /// been reported; null when there is none. <paramref name="found"/> hears of the first negotiated plan at once.
    /// </summary>
    private static Func<Constructed>? FirstPlans(Scenario scenario, List<Cluster> clusters, List<Scenario> parts, Current plans,
        Func<IReadOnlyDictionary<string, string?[]>, IReadOnlyList<Training>, bool, bool> adopt, SolveOptions options, Func<double> secondsLeft,
        Action<long> found)
    {
        // Partial plans only once the clusters are final: a merge renumbers them.
        if (adopt(plans.Rows, [], false)) return null;
        var clusterOf = ClusterOf(clusters);
        bool Home(Cadre cadre, Post post) => clusterOf.Offices[post.Office] == clusterOf.Cadres[cadre.Id];
        // Whether a negotiation settles depends on its seed's order of cadres as much as on the scenario: one seed gave a
        // 600-cadre case its first plan at 9 s where the next had none in 120 s. So with workers to spare, negotiations
        // from consecutive seeds run side by side, each on one thread; with one worker, the seed's own negotiation runs
        // alone, as repeatable as before.
        var workers = options.Workers ?? Environment.ProcessorCount;
        var tries = Math.Clamp(workers, 1, MostNegotiations);
        var results = new (Negotiation Negotiation, Constructed? Built)[tries];
        // The first plan is reported at once; the other negotiations get a little longer, and the best plan of all is
        // kept: the first to settle is often far from the best (one case's first cost 15,118, its runner-up's 3,544).
        var started = secondsLeft();
        // The seconds left at which the others stop; a negotiation looks at it between every two cadres, so without a lock.
        var cutoff = double.NegativeInfinity;
        double Left()
        {
            var left = secondsLeft();
            return left - Math.Max(0, Volatile.Read(ref cutoff));
        }
        Parallel.For(0, tries, new ParallelOptions { MaxDegreeOfParallelism = tries }, k =>
        {
            results[k] = Negotiate(scenario, plans.Rows, clusterOf, Home, options with { Seed = options.Seed + k }, tries == 1 ? workers : 1, Left);
            if (results[k].Built is not { } plan) return;
            var left = secondsLeft();
            if (Interlocked.CompareExchange(ref cutoff, left - RunnersUpGrace * (started - left), double.NegativeInfinity) == double.NegativeInfinity)
                found(plan.Verdict.Objective);
        });
        var (negotiation, built) = results.Where(r => r.Built is not null).MinBy(r => r.Built!.Verdict.Objective) is { Negotiation: not null } best
            ? best : results[0];
        // Clusters that the plan moves people between become one, and the plan settles within them. Without a plan, the
        // closest rows are the hint for CP-SAT in the clusters they do not hold.
        built = Regrouped(built, scenario, clusters, parts);
        clusterOf = ClusterOf(clusters);
        adopt(built?.Rows ?? negotiation.Closest ?? (IReadOnlyDictionary<string, string?[]>)plans.Rows, built?.Trainings ?? [], true);
        bool Stop() => secondsLeft() <= 0 || options.Cancellation.IsCancellationRequested;
        return built is null ? null : () => negotiation.Settle(built, Home, Stop, SettleRounds);
    }

    /// <summary>
    /// One negotiation from <paramref name="start"/> with <paramref name="options"/>' seed: within clusters first, then
    /// widening where rules still break, mending its closest rows once every post is open; its plan, or null.
    /// </summary>
    private static (Negotiation Negotiation, Constructed? Built) Negotiate(Scenario scenario, IReadOnlyDictionary<string, string?[]> start,
        (Dictionary<string, int> Offices, Dictionary<string, int> Cadres) clusterOf, Func<Cadre, Post, bool> home, SolveOptions options,
        int threads, Func<double> secondsLeft)
    {
        bool Stop() => secondsLeft() <= 0 || options.Cancellation.IsCancellationRequested;
        var whole = new PartJudge(scenario, (_, _) => true);
        var negotiation = new Negotiation(whole, SharedLimits.Of(scenario), options.Seed, home, threads);
        var built = negotiation.Build(start, Stop, ClusteredPatience, ClusteredRounds);
        // Someone needs another cluster's posts. The cadres of the clusters where rules still break may take any post with
        // a free seat, and everyone the posts of those clusters, at a surcharge outside their own cluster. Each widening
        // opens more where rules still break, and at last every post is open.
        var all = scenario.Cadres.Length >= ManyCadres;
        Roster? mended = null;
        for (var widening = 0; built is null && !Stop() && !negotiation.Hopeless; widening++)
        {
            all |= widening == Widenings;
            var (trouble, free) = negotiation.Pressure();
            var troubled = trouble.Where(o => o.Value.Any(n => n > 0)).Select(o => clusterOf.Offices[o.Key]).ToHashSet();
            negotiation.Open((cadre, post) => all || troubled.Contains(clusterOf.Offices[post.Office])
                || (troubled.Contains(clusterOf.Cadres[cadre.Id]) && free[post.Id] > 0));
            built = all ? negotiation.Continue(Stop) : negotiation.Continue(Stop, ClusteredPatience, ClusteredRounds);
            // Stalled with every post open, cadres must change together: the closest rows are mended around their faults,
            // once for each closest; failing that, the negotiation goes on from fresh prices.
            if (built is null && all && !negotiation.Hopeless && negotiation.Closest is { } closest && closest != mended)
            {
                mended = closest;
                if (NeighbourhoodRepair.Run(scenario, closest, negotiation.ClosestTrainings, options with { Progress = null }, secondsLeft) is var
                    (rows, trainings, verdict))
                    built = new Constructed(rows, trainings, verdict);
            }
        }
        return (negotiation, built);
    }

    /// <summary>
    /// The plan, with every two clusters that it moves someone between made one (the cadre's own and the office's), so
    /// that each cluster's plan stays within its posts; null for no plan.
    /// </summary>
    private static Constructed? Regrouped(Constructed? plan, Scenario scenario, List<Cluster> clusters, List<Scenario> parts)
    {
        if (plan is null) return null;
        var of = ClusterOf(clusters);
        var root = Enumerable.Range(0, clusters.Count).ToArray();
        int Find(int i) => root[i] == i ? i : root[i] = Find(root[i]);
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        foreach (var (cadre, row) in plan.Rows)
            foreach (var post in row.OfType<string>())
                root[Find(of.Offices[officeOf[post]])] = Find(of.Cadres[cadre]);
        var groups = Enumerable.Range(0, clusters.Count).GroupBy(Find).Select(g => g.ToList()).ToList();
        var merged = groups.Select(g =>
        {
            var cluster = new Cluster();
            foreach (var i in g)
            {
                cluster.Offices.UnionWith(clusters[i].Offices);
                cluster.Cadres.UnionWith(clusters[i].Cadres);
            }
            return cluster;
        }).ToList();
        clusters.Clear();
        clusters.AddRange(merged);
        parts.Clear();
        parts.AddRange(merged.Select(c => Part(scenario, c)));
        return plan;
    }

    private static (Dictionary<string, int> Offices, Dictionary<string, int> Cadres) ClusterOf(List<Cluster> clusters) => (
        clusters.SelectMany((c, i) => c.Offices.Select(o => (o, i))).ToDictionary(x => x.o, x => x.i),
        clusters.SelectMany((c, i) => c.Cadres.Select(o => (o, i))).ToDictionary(x => x.o, x => x.i));

    /// <summary>
    /// The full bound, or null when the limit or a stop comes first: on thousands of cadres it takes longer than what is
    /// often left. The limit is watched from a thread of its own, since the bound's parallel loops take every thread of
    /// the pool, and a timer's callback (which runs there) fired 7 s late on 5,000 cadres.
    /// </summary>
    private static long? BoundWithin(Scenario scenario, double seconds, CancellationToken cancel)
    {
        if (seconds <= 0) return null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var watch = new Thread(() =>
        {
            if (!stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)))) stop.Cancel();
        })
        { IsBackground = true, Name = "bound limit" };
        watch.Start();
        try
        {
            return LowerBound.Of(scenario, stop.Token);
        }
        finally
        {
            stop.Cancel();
            watch.Join();
        }
    }

    private static Plan Merge(Scenario scenario, Current plans, IEnumerable<Verdict> verdicts, long lowerBound, double seconds)
    {
        var terms = verdicts.Select(v => v.Terms).Aggregate(Terms.Zero, (a, b) => new Terms(a.Vacancy + b.Vacancy, a.Moves + b.Moves,
            a.ExcessMoves + b.ExcessMoves, a.TrainingCost + b.TrainingCost, a.CrossOffice + b.CrossOffice, a.Preference + b.Preference,
            a.Changes + b.Changes));
        return new Verdict(terms, terms.Objective(scenario.Policy.Weights)).ToPlan(scenario, plans.Rows, plans.Trainings, lowerBound, seconds);
    }

    /// <summary>The checker's judge of a cluster's plans, within what the other clusters' current plans leave of the shared limits.</summary>
    private static PartJudge Judge(Scenario scenario, Cluster cluster, Scenario part, Current plans)
    {
        var left = Left(scenario, cluster, plans);
        var courses = scenario.Courses.ToDictionary(c => c.Id);
        return new PartJudge(part, (rows, trainings) =>
            (left.MovesLeft is not { } movesLeft || MovesByMonth(plans, rows).Zip(movesLeft).All(m => m.First <= m.Second))
            && trainings.GroupBy(t => (t.Course, t.Start)).All(g => left.SeatsLeft(courses[g.Key.Course], g.Key.Start) is not { } seats
                || g.Count() <= seats));
    }

    /// <summary>What the other clusters' current plans leave of the organisation's move limit and course seats.</summary>
    private static SharedLimits Left(Scenario scenario, Cluster cluster, Current plans) => new(
        scenario.Policy.MaxMovesPerMonth is { } limit
            ? MovesByMonth(plans, plans.Rows.Where(r => !cluster.Cadres.Contains(r.Key))).Select(used => limit - used).ToArray()
            : null,
        plans.Trainings.Where(t => !cluster.Cadres.Contains(t.Cadre)).GroupBy(t => (t.Course, t.Start)).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>
    /// Offices grouped so that every published row, and every cadre's starting and pinned posts, lie in one group, then
    /// packed into clusters of whole groups. A cadre belongs to the office of their starting post, a joiner to that of
    /// their published post, else of a pinned one.
    /// </summary>
    internal static List<Cluster> Clusters(Scenario scenario)
    {
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        var root = scenario.Offices.ToDictionary(o => o.Id, o => o.Id);
        string Find(string o) => root[o] == o ? o : root[o] = Find(root[o]);
        var index = new ScenarioIndex(scenario);
        void Link(IEnumerable<string?> posts)
        {
            var offices = posts.OfType<string>().Select(p => Find(officeOf[p])).Distinct().ToList();
            foreach (var o in offices.Skip(1)) root[o] = offices[0];
        }
        foreach (var row in scenario.Published?.Assignments ?? []) Link(row.Posts.Append(index.Cadres[row.Cadre].Post));
        foreach (var c in scenario.Cadres.Where(c => !c.Pins.IsEmpty)) Link(c.Pins.Select(p => p.Post).Append(c.Post));
        var publishedPost = (scenario.Published?.Assignments ?? []).ToDictionary(r => r.Cadre, r => r.Posts.OfType<string>().FirstOrDefault());
        string? HomeOf(Cadre c) =>
            (c.Post ?? publishedPost.GetValueOrDefault(c.Id) ?? c.Pins.FirstOrDefault()?.Post) is { } post ? Find(officeOf[post]) : null;
        var members = scenario.Cadres.ToLookup(HomeOf);

        var clusters = new List<Cluster>();
        var current = new Cluster();
        foreach (var group in scenario.Offices.Select(o => Find(o.Id)).Distinct())
        {
            current.Offices.UnionWith(scenario.Offices.Where(o => Find(o.Id) == group).Select(o => o.Id));
            current.Cadres.UnionWith(members[group].Select(c => c.Id));
            if (current.Cadres.Count < ClusterCadres) continue;
            clusters.Add(current);
            current = new Cluster();
        }
        // What is left, too few to fill a cluster, joins the last one: a single office alone could send nobody anywhere.
        if (clusters.Count > 0)
        {
            clusters[^1].Offices.UnionWith(current.Offices);
            clusters[^1].Cadres.UnionWith(current.Cadres);
        }
        else if (current.Offices.Count > 0) clusters.Add(current);
        // A joiner joins the cluster with the most room in the posts they may take untrained, or with the most room at all.
        foreach (var c in members[null])
        {
            int Room(Cluster k, Func<Post, bool> open) => scenario.Posts.Where(p => k.Offices.Contains(p.Office) && open(p)).Sum(p => p.Max) - k.Cadres.Count;
            clusters.MaxBy(k => (Room(k, p => p.AdmitsGrade(c.Grade) && p.Requires.All(c.Competencies.Contains)), Room(k, _ => true)))!.Cadres.Add(c.Id);
        }
        return clusters;
    }

    /// <summary>The cluster as a scenario: its offices, posts and cadres; the limits shared with other clusters are posted by <see cref="Leftover"/>.</summary>
    private static Scenario Part(Scenario scenario, Cluster cluster)
    {
        var cadres = scenario.Cadres.Where(c => cluster.Cadres.Contains(c.Id))
            .Select(c => c with { Avoid = [.. c.Avoid.Where(cluster.Cadres.Contains)] }).ToImmutableArray();
        var published = scenario.Published is { } p
            ? p with { Assignments = [.. p.Assignments.Where(r => cluster.Cadres.Contains(r.Cadre))] }
            : null;
        return scenario with
        {
            Offices = [.. scenario.Offices.Where(o => cluster.Offices.Contains(o.Id))],
            Posts = [.. scenario.Posts.Where(post => cluster.Offices.Contains(post.Office))],
            Cadres = cadres,
            Policy = scenario.Policy with { MaxMovesPerMonth = null },
            Published = published,
        };
    }

    /// <summary>
    /// The organisation-wide move limit and the course seats, less what the other clusters' current plans use, month by
    /// month and session by session. Each cluster's plan is accepted only within them, so the whole keeps them always.
    /// </summary>
    private static void Leftover(RotationModel m, Scenario scenario, Cluster cluster, Current plans)
    {
        if (scenario.Policy.MaxMovesPerMonth is { } limit)
        {
            var used = MovesByMonth(plans, plans.Rows.Where(r => !cluster.Cadres.Contains(r.Key)));
            for (var t = 0; t < m.Months; t++)
            {
                var movers = m.Cadres.Where(c => c.IsMoveMonth(t)).Select(c => c.MovesAt(t)).ToList();
                if (movers.Count > 0) m.Cp.Add(LinearExpr.Sum(movers) <= Math.Max(0, limit - used[t]));
            }
        }
        var seats = plans.Trainings.Where(t => !cluster.Cadres.Contains(t.Cadre)).GroupBy(t => (t.Course, t.Start)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var session in m.Cadres.SelectMany(c => c.Enrolments).GroupBy(e => (e.Course, e.Start)))
            if (session.Key.Course.Capacity is { } capacity && seats.GetValueOrDefault((session.Key.Course.Id, m.Label(session.Key.Start))) is var taken and > 0)
                m.Cp.Add(LinearExpr.Sum(session.Select(e => e.Taken)) <= Math.Max(0, capacity - taken));
    }

    /// <summary>
    /// Whether clusters can be improved side by side: no organisation-wide move limit, and no course with limited seats
    /// that the posts of two clusters require. Then no cluster's change can use up what another one counts on.
    /// </summary>
    private static bool SharesNothing(Scenario scenario, List<Cluster> clusters)
    {
        if (scenario.Policy.MaxMovesPerMonth is not null) return false;
        var officeCluster = clusters.SelectMany((c, i) => c.Offices.Select(o => (o, i))).ToDictionary(x => x.o, x => x.i);
        return scenario.Courses.Where(c => c.Capacity is not null).All(course =>
            scenario.Posts.Where(p => p.Requires.Contains(course.Grants)).Select(p => officeCluster[p.Office]).Distinct().Count() <= 1);
    }

    /// <summary>Moves in each month of the horizon made by the given rows (a move: a post the month before, another now).</summary>
    private static int[] MovesByMonth(Current plans, IEnumerable<KeyValuePair<string, string?[]>> rows)
    {
        var starting = plans.Starting;
        var moves = new int[plans.Months];
        foreach (var (cadre, row) in rows)
            for (var t = 0; t < row.Length; t++)
                if ((t == 0 ? starting[cadre] : row[t - 1]) is { } before && row[t] is { } now && before != now) moves[t]++;
        return moves;
    }

    private static Dictionary<string, string?[]> Rows(Current plans, Cluster cluster) =>
        plans.Rows.Where(r => cluster.Cadres.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value);

    private static List<Training> Trainings(Current plans, Cluster cluster) =>
        [.. plans.Trainings.Where(t => cluster.Cadres.Contains(t.Cadre))];

    /// <summary>Every cluster's plan so far: posts by cadre, and course enrolments.</summary>
    private sealed record Current(Dictionary<string, string?[]> Rows, List<Training> Trainings, Scenario Scenario)
    {
        public int Months => Scenario.Horizon.Months;
        public Dictionary<string, string?> Starting { get; } = Scenario.Cadres.ToDictionary(c => c.Id, c => c.Post);
    }

    internal sealed class Cluster
    {
        public HashSet<string> Offices { get; } = [];
        public HashSet<string> Cadres { get; } = [];
    }
}
