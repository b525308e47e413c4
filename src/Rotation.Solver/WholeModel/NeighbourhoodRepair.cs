using Rotation.Checking;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// Mends rows that break a few rules (the negotiation's closest, when it stalls) into a plan the checker holds: CP-SAT on
/// the monthly model of a neighbourhood of the faults, everyone else fixed to their rows, hinted with the rows. The
/// negotiation moves one cadre at a time, and stalls where two or more must change together (a critical post left empty
/// for a month that only a chain of moves can fill); CP-SAT over the few cadres around the fault finds such chains in
/// under a second, where over everyone it may find no plan at all. Neighbourhoods grow until one has a plan: the cadres
/// around each fault within a few months, then within more, then everyone.
/// </summary>
internal static class NeighbourhoodRepair
{
    /// <summary>
    /// Months on either side of a fault within which a cadre who holds a post of its office joins the neighbourhood, and
    /// within which one who moves joins it when the fault is the organisation's move limit (tens of cadres move each
    /// month where it binds); null for every cadre.
    /// </summary>
    private static readonly (int Office, int Moves)?[] Reaches = [(3, 0), (9, 1), (24, 2), null];

    /// <summary>
    /// Neighbourhoods of more cadres are not tried: even with their posts narrowed (see <see cref="Solve"/>), the model of
    /// 200 cadres of a 1,000-cadre case has 86,000 variables and takes seconds to build and solve.
    /// </summary>
    private const int MaxFree = 400;

    /// <summary>The rows mended, with their courses and the checker's verdict; null when no neighbourhood gave a plan in time.</summary>
    /// <param name="closestOnly">Whether to try only the nearest neighbourhood: a quick try, before a search that may do better.</param>
    public static (Roster Rows, List<Training> Trainings, Verdict Verdict)? Run(Scenario scenario, IReadOnlyDictionary<string, string?[]> near,
        IReadOnlyList<Training> trainings, SolveOptions options, Func<double> secondsLeft, Effort? effort = null, bool closestOnly = false)
    {
        var judge = new PartJudge(scenario, (_, _) => true);
        var faults = judge.Faults(near, trainings).ToList();
        if (faults.Count == 0) return null;
        var months = ScenarioFacts.Of(scenario).MonthOf;
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        var starting = scenario.Cadres.ToDictionary(c => c.Id, c => c.Post);
        // The offices of the faults that name a post, whose posts the free cadres may take.
        var offices = faults.Select(f => f.Post).OfType<string>().Select(p => officeOf[p]).ToHashSet();
        var hint = new Guess(near, [.. trainings.Select(t => (t.Cadre, t.Course, months[t.Start]))]);
        HashSet<string>? tried = null;
        foreach (var reach in closestOnly ? Reaches[..1] : Reaches)
        {
            var free = Neighbourhood(scenario, near, faults, reach, months, officeOf, starting);
            if (free.Count > MaxFree || (tried is not null && free.SetEquals(tried))) continue;
            tried = free;
            var seconds = secondsLeft();
            if (seconds <= 0 || options.Cancellation.IsCancellationRequested) return null;
            if (Solve(scenario, near, trainings, hint, free, offices, options, seconds, effort) is { } mended && judge.Judge(mended.Rows, mended.Trainings) is { } verdict)
                return (mended.Rows, mended.Trainings, verdict);
        }
        return null;
    }

    /// <summary>
    /// The cadres a fault names, and within <paramref name="reach"/> months of a fault's month those who hold a post of its
    /// office then (or who move then, for a fault of the organisation's move limit); every cadre when the reach is null.
    /// </summary>
    private static HashSet<string> Neighbourhood(Scenario scenario, IReadOnlyDictionary<string, string?[]> near, List<Violation> faults,
        (int Office, int Moves)? reach, Dictionary<string, int> months, Dictionary<string, string> officeOf, Dictionary<string, string?> starting)
    {
        if (reach is not { } within) return [.. scenario.Cadres.Select(c => c.Id)];
        var free = faults.Select(f => f.Cadre).OfType<string>().ToHashSet();
        foreach (var fault in faults)
        {
            if (fault.Month is not { } label || !months.TryGetValue(label, out var month)) continue;
            // A fault of a cadre's own (a stint too long) is their office's that month; one with neither post nor cadre, the move limit's.
            var office = fault.Post is { } post ? officeOf[post]
                : fault.Cadre is { } id && near.TryGetValue(id, out var own) && own[month] is { } held ? officeOf[held] : null;
            var r = office is null ? within.Moves : within.Office;
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

    /// <summary>
    /// CP-SAT's plan with every cadre outside <paramref name="free"/> fixed to their rows and courses: a model of the free
    /// cadres alone over what the others leave (<see cref="Background"/>), each free to hold the posts of their rows and of
    /// <paramref name="offices"/>, hinted with <paramref name="hint"/>. Null when it has none in time.
    /// </summary>
    private static (Roster Rows, List<Training> Trainings)? Solve(Scenario scenario, IReadOnlyDictionary<string, string?[]> near,
        IReadOnlyList<Training> trainings, Guess hint, HashSet<string> free, HashSet<string> offices, SolveOptions options, double seconds,
        Effort? effort)
    {
        // Each free cadre keeps the posts of their rows and those of the offices at fault: a model over every post they
        // could hold would be hundreds of times larger, and the mend rarely needs more. The first plan is what is wanted;
        // the search after it improves on it faster than CP-SAT would.
        var mended = SubModel.Solve(scenario, near, trainings, hint, free,
            (cadre, post) => offices.Contains(post.Office) || near[cadre.Id].Contains(post.Id), constrain: null,
            options, seconds, "stop_after_first_solution:true", effort);
        return mended is { } m ? (Roster.Of(scenario, m.Rows), m.Trainings) : null;
    }
}
