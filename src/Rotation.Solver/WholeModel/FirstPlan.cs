using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Solver.Model;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// Finds a first plan that keeps every rule, to warm-start the real search. On a long horizon CP-SAT's own
/// first-solution search can wander for minutes, while the same scenario cut to a year solves in seconds. So the
/// horizon grows a year at a time: each stage solves the scenario cut to n months, hinted with the previous stage's
/// plan in which everyone then stays put, and hands its plan on. The last stage is the real search's hint.
/// </summary>
internal static class FirstPlan
{
    private const int StageMonths = 12;

    /// <summary>Months each stage may still change; earlier months keep the previous stage's plan.</summary>
    private const int FreeMonths = 2 * StageMonths;

    /// <summary>Whether the horizon is long enough for stages; a shorter one is the real search's alone.</summary>
    public static bool Applies(Scenario scenario) => scenario.Horizon.Months > FreeMonths;

    public static Guess Find(Scenario scenario, Guess start, SolveOptions options, double seconds, TimeProvider clock)
    {
        var months = scenario.Horizon.Months;
        if (!Applies(scenario) || seconds <= 0) return start;
        var began = clock.GetTimestamp();
        var guess = start;
        var stages = (months + StageMonths - 1) / StageMonths;
        for (var stage = 1; stage <= stages && !options.Cancellation.IsCancellationRequested; stage++)
        {
            var n = Math.Min(months, stage * StageMonths);
            var left = seconds - clock.GetElapsedTime(began).TotalSeconds;
            if (left <= 0) break;
            var part = scenario with { Horizon = new Horizon(scenario.Horizon.Start, n) };
            var model = ModelBuilder.Build(part, explaining: false, out _);
            options.Constrain?.Invoke(model);
            Hints.Add(model, guess);
            Keep(model, guess, n - FreeMonths);
            // Checked again after the model is built: StopSearch is lost on a search not yet under way.
            if (options.Cancellation.IsCancellationRequested) break;
            // Each stage's work is its even share, whatever the stages before it took, so that one worker repeats.
            using var solver = new CpSolver
            {
                StringParameters = MonthlySolver.Parameters(options, left / (stages - stage + 1), workSeconds: seconds / stages),
            };
            using var stop = options.Cancellation.Register(solver.StopSearch);
            if (solver.Solve(model.Cp) is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) break;
            guess = Guess.From(model, solver.BooleanValue).StayingOn(start, n, months);
        }
        return guess;
    }

    /// <summary>Fixes every post of months before <paramref name="until"/> to the guess.</summary>
    private static void Keep(RotationModel model, Guess guess, int until)
    {
        foreach (var c in model.Cadres)
        {
            if (!guess.Posts.TryGetValue(c.Id, out var row)) continue;
            for (var t = c.Join; t < Math.Min(until, c.Leave); t++)
                if (row[t] is { } post && c.CandidateOf(post) is var k and >= 0)
                    model.Cp.Add(c.X[k][t]! == 1);
        }
    }
}

/// <summary>A plan to hint from: posts by cadre and month, and course enrolments as (cadre, course, start month).</summary>
internal sealed record Guess(IReadOnlyDictionary<string, string?[]> Posts, IReadOnlyList<(string Cadre, string Course, int Start)> Enrolments)
{
    public static Guess Of(IReadOnlyDictionary<string, string?[]> posts) => new(posts, []);

    /// <summary>
    /// This plan, cut at month <paramref name="from"/>, carried on to <paramref name="months"/>: whoever holds a post
    /// at from − 1 keeps it; anyone else follows <paramref name="fallback"/>.
    /// </summary>
    public Guess StayingOn(Guess fallback, int from, int months)
    {
        var posts = new Dictionary<string, string?[]>();
        foreach (var (cadre, row) in fallback.Posts)
        {
            var known = Posts[cadre];
            var held = from > 0 ? known[from - 1] : null;
            // The fallback row is null exactly in the months the cadre is absent.
            posts[cadre] = [.. Enumerable.Range(0, months).Select(t => t < from ? known[t] : row[t] is null ? null : held ?? row[t])];
        }
        return new Guess(posts, Enrolments);
    }

    public static Guess From(RotationModel model, Func<ILiteral, bool> isTrue)
    {
        var posts = new Dictionary<string, string?[]>();
        var enrolments = new List<(string, string, int)>();
        foreach (var c in model.Cadres)
        {
            var row = new string?[model.Months];
            for (var t = c.Join; t < c.Leave; t++)
                for (var k = 0; k < c.Posts.Count; k++)
                    if (isTrue(c.X[k][t]!)) row[t] = c.Posts[k].Id;
            posts[c.Id] = row;
            foreach (var e in c.Enrolments.Where(e => isTrue(e.Taken)))
                enrolments.Add((c.Id, e.Course.Id, e.Start));
        }
        return new Guess(posts, enrolments);
    }
}
