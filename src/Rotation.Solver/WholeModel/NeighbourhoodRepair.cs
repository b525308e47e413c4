using Google.OrTools.Sat;
using Rotation.Checking;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// Mends rows that break a few rules (the negotiation's closest, when it stalls) into a plan the checker holds: CP-SAT on
/// the monthly model with everyone fixed to their rows but a neighbourhood of the faults, hinted with the rows. The
/// negotiation moves one cadre at a time, and stalls where two or more must change together (a critical post left empty
/// for a month that only a chain of moves can fill); CP-SAT over the few cadres around the fault finds such chains in
/// under a second, where over everyone it may find no plan at all. Neighbourhoods grow until one has a plan: the cadres
/// around each fault within a few months, then within more, then everyone.
/// </summary>
internal static class NeighbourhoodRepair
{
    /// <summary>
    /// Months on either side of a fault within which a cadre who holds a post of its office, or moves when the fault is
    /// the organisation's move limit, joins the neighbourhood; null for every cadre.
    /// </summary>
    private static readonly int?[] Reaches = [3, 9, 24, null];

    /// <summary>The rows mended, with their courses and the checker's verdict; null when no neighbourhood gave a plan in time.</summary>
    public static (Roster Rows, List<Training> Trainings, Verdict Verdict)? Run(Scenario scenario, IReadOnlyDictionary<string, string?[]> near,
        IReadOnlyList<Training> trainings, SolveOptions options, Func<double> secondsLeft)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var faults = judge.Faults(near, trainings).ToList();
        if (faults.Count == 0) return null;
        var months = scenario.Horizon.Labels().Select((label, t) => (label, t)).ToDictionary(x => x.label, x => x.t);
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        var starting = scenario.Cadres.ToDictionary(c => c.Id, c => c.Post);
        HashSet<string>? tried = null;
        foreach (var reach in Reaches)
        {
            var free = Neighbourhood(scenario, near, faults, reach, months, officeOf, starting);
            if (tried is not null && free.SetEquals(tried)) continue;
            tried = free;
            var seconds = secondsLeft();
            if (seconds <= 0 || options.Cancellation.IsCancellationRequested) return null;
            if (Solve(scenario, near, trainings, free, options, seconds) is { } mended && judge.Judge(mended.Rows, mended.Trainings) is { } verdict)
                return (mended.Rows, mended.Trainings, verdict);
        }
        return null;
    }

    /// <summary>
    /// The cadres a fault names, and within <paramref name="reach"/> months of a fault's month those who hold a post of its
    /// office then (or who move then, for a fault of the organisation's move limit); every cadre when the reach is null.
    /// </summary>
    private static HashSet<string> Neighbourhood(Scenario scenario, IReadOnlyDictionary<string, string?[]> near, List<Violation> faults,
        int? reach, Dictionary<string, int> months, Dictionary<string, string> officeOf, Dictionary<string, string?> starting)
    {
        if (reach is not { } r) return [.. scenario.Cadres.Select(c => c.Id)];
        var free = faults.Select(f => f.Cadre).OfType<string>().ToHashSet();
        foreach (var fault in faults)
        {
            if (fault.Month is not { } label || !months.TryGetValue(label, out var month)) continue;
            // A fault of a cadre's own (a stint too long) is their office's that month; one with neither post nor cadre, the move limit's.
            var office = fault.Post is { } post ? officeOf[post]
                : fault.Cadre is { } id && near.TryGetValue(id, out var own) && own[month] is { } held ? officeOf[held] : null;
            var (from, to) = (Math.Max(0, month - r), Math.Min(scenario.Horizon.Months - 1, month + r));
            foreach (var (cadre, row) in near)
                for (var t = from; t <= to; t++)
                {
                    var before = t == 0 ? starting[cadre] : row[t - 1];
                    var touches = office is not null
                        ? row[t] is { } holds && officeOf[holds] == office
                        : row[t] is not null && before is not null && row[t] != before;
                    if (!touches) continue;
                    free.Add(cadre);
                    break;
                }
        }
        return free;
    }

    /// <summary>CP-SAT's plan with every cadre outside <paramref name="free"/> fixed to their rows; null when it has none in time.</summary>
    private static (Roster Rows, List<Training> Trainings)? Solve(Scenario scenario, IReadOnlyDictionary<string, string?[]> near,
        IReadOnlyList<Training> trainings, HashSet<string> free, SolveOptions options, double seconds)
    {
        var model = ModelBuilder.Build(scenario, explaining: false, out _);
        options.Constrain?.Invoke(model);
        var monthOf = scenario.Horizon.Labels().Select((label, t) => (label, t)).ToDictionary(x => x.label, x => x.t);
        Hints.Add(model, new Guess(near, [.. trainings.Select(t => (t.Cadre, t.Course, monthOf[t.Start]))]));
        foreach (var c in model.Cadres.Where(c => !free.Contains(c.Id)))
        {
            var row = near[c.Id];
            for (var t = c.Join; t < c.Leave; t++)
                if (row[t] is { } post && c.CandidateOf(post) is var k and >= 0)
                    model.Cp.Add(c.X[k][t]! == 1);
        }
        // The first plan is what is wanted; the search after it improves on it faster than CP-SAT would.
        using var solver = new CpSolver { StringParameters = MonthlySolver.Parameters(options, seconds) + " stop_after_first_solution:true" };
        using var stop = options.Cancellation.Register(solver.StopSearch);
        if (solver.Solve(model.Cp) is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        var plan = Guess.From(model, solver.BooleanValue);
        return (Roster.Of(scenario, plan.Posts),
            [.. plan.Enrolments.Select(e => new Training(e.Cadre, e.Course, model.Label(e.Start)))]);
    }
}
