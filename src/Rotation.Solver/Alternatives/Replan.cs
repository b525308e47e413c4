using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Search;
using Rotation.Solver.Solving;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Alternatives;

/// <summary>
/// A re-plan around one decision: the scenario has the current plan as its published plan and a new pin of one cadre
/// from one month. The plan is sought near the published one, where a planner would look first: the pinned cadre and
/// the holders of the offices concerned within a few months of the pin are freed, then within more months, then
/// everyone, and CP-SAT finds their best rows with the others kept (the changes term counting every cell moved). Where
/// that finds nothing in time, or the objective has a negative weight (the quick bound then does not hold), the whole
/// solver runs instead.
/// </summary>
public static class Replan
{
    /// <summary>Months around the pin within which an office's holders are freed; 0 frees only those holding the two posts then.</summary>
    private static readonly int?[] Reaches = [0, 3, 12, null];

    /// <summary>A neighbourhood's CP-SAT gets at most this share of the time left, so that larger ones get their turn.</summary>
    private const double SliceShare = 0.4;

    /// <param name="current">The plan published in <paramref name="scenario"/>, with its courses.</param>
    public static SolveResult Around(Scenario scenario, Plan current, string cadre, int month, SolveOptions options, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Elapsed() => clock.GetElapsedTime(started).TotalSeconds;
        double Left() => options.TimeLimitSeconds - Elapsed();
        var rows = current.Assignments.ToDictionary(a => a.Cadre, a => a.Posts.ToArray());
        if (!LowerBound.Applies(scenario.Policy.Weights) || scenario.Cadres.Any(c => !rows.ContainsKey(c.Id)))
            return RotationSolver.Solve(scenario, options, clock);

        var months = Model.ScenarioFacts.Of(scenario).MonthOf;
        var trainings = current.Trainings.ToList();
        var hint = new Guess(rows, [.. trainings.Select(t => (t.Cadre, t.Course, months[t.Start]))]);
        var judge = new PartJudge(scenario, (_, _) => true);
        var size = new ModelSize(0, 0, scenario.Cadres.Length, scenario.Horizon.Months);
        (Dictionary<string, string?[]> Rows, List<Training> Trainings, Verdict Verdict)? best = null;
        double? first = null;
        HashSet<string>? tried = null;
        foreach (var reach in Reaches)
        {
            var free = Neighbourhood(scenario, rows, cadre, month, reach);
            if (tried is not null && free.SetEquals(tried)) continue;
            tried = free;
            if (Left() <= 0.3 || options.Cancellation.IsCancellationRequested) break;
            var slice = reach is null ? Left() : Math.Max(Math.Min(1, Left()), SliceShare * Left());
            var offices = Offices(scenario, rows, cadre, month);
            Func<Cadre, Post, bool>? admits = reach is null ? null : (c, p) => offices.Contains(p.Office) || rows[c.Id].Contains(p.Id);
            var solved = SubModel.Solve(scenario, rows, trainings, hint, free, admits, constrain: null, options, slice);
            if (solved is { } s && judge.Judge(s.Rows, s.Trainings) is { } verdict && (best is null || verdict.Objective < best.Value.Verdict.Objective))
            {
                best = (s.Rows, s.Trainings, verdict);
                first ??= Elapsed();
            }
        }
        if (best is not { } found) return RotationSolver.Solve(scenario, options with { TimeLimitSeconds = Math.Max(1, Left()) }, clock);
        var plan = found.Verdict.ToPlan(scenario, found.Rows, found.Trainings, LowerBound.Quick(scenario), Elapsed());
        return new SolveResult(plan, size, first, []);
    }

    /// <summary>
    /// The pinned cadre and whoever holds the post they are pinned to or the post they leave in the month; then, within
    /// <paramref name="reach"/> months of it, everyone holding a post of those two offices; everyone when the reach is null.
    /// </summary>
    private static HashSet<string> Neighbourhood(Scenario scenario, Dictionary<string, string?[]> rows, string cadre, int month, int? reach)
    {
        if (reach is not { } r) return [.. scenario.Cadres.Select(c => c.Id)];
        var posts = Posts(scenario, rows, cadre, month);
        var offices = Offices(scenario, rows, cadre, month);
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        var (from, to) = (Math.Max(0, month - r), Math.Min(scenario.Horizon.Months - 1, month + r));
        bool Near(string?[] row) => r == 0
            ? row[month] is { } held && posts.Contains(held)
            : Enumerable.Range(from, to - from + 1).Any(t => row[t] is { } p && offices.Contains(officeOf[p]));
        return [cadre, .. rows.Where(row => Near(row.Value)).Select(row => row.Key)];
    }

    /// <summary>The post the cadre is pinned to in the month and the post they hold there now.</summary>
    private static HashSet<string> Posts(Scenario scenario, Dictionary<string, string?[]> rows, string cadre, int month) =>
        [.. new[] { scenario.Cadres.First(c => c.Id == cadre).PinnedPostIn(scenario.Horizon.MonthAt(month)), rows[cadre][month] }.OfType<string>()];

    private static HashSet<string> Offices(Scenario scenario, Dictionary<string, string?[]> rows, string cadre, int month)
    {
        var posts = Posts(scenario, rows, cadre, month);
        return [.. scenario.Posts.Where(p => posts.Contains(p.Id)).Select(p => p.Office)];
    }
}
