using System.Diagnostics;
using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// CP-SAT over some cadres of a plan with everyone else fixed to their rows and courses: a monthly model of the free
/// cadres alone over what the others leave (<see cref="Background"/>), hinted. What a mend and a nearby candidate share.
/// </summary>
internal static class SubModel
{
    /// <summary>
    /// Building the model and CP-SAT's presolve take time that CP-SAT's deterministic clock does not count (a 20,000-variable
    /// neighbourhood: 0.3 s to build and up to 0.9 s of presolve, for 0.35 deterministic seconds): charged by the model's
    /// size, so that stops by work see it.
    /// </summary>
    private const double UncountedNanosecondsPerVariable = 30_000;

    /// <param name="admits">Of each free cadre's candidate posts, those the model keeps besides their starting, published and pinned ones; all when null.</param>
    /// <param name="constrain">Further constraints on the model, such as a distance from other plans.</param>
    /// <param name="seconds">The time for building the model and solving it.</param>
    /// <param name="tuning">CP-SAT parameters besides the solve's own, such as to stop at the first plan.</param>
    /// <param name="effort">Counts CP-SAT's work, when the caller's stops go by work.</param>
    /// <returns>Everyone's rows and courses with the free cadres' solved, or null when CP-SAT has no plan in time.</returns>
    public static (Dictionary<string, string?[]> Rows, List<Training> Trainings)? Solve(Scenario scenario, IReadOnlyDictionary<string, string?[]> rows,
        IReadOnlyList<Training> trainings, Guess hint, IReadOnlySet<string> free, Func<Cadre, Post, bool>? admits,
        Action<RotationModel>? constrain, SolveOptions options, double seconds, string tuning = "", Effort? effort = null)
    {
        var began = Stopwatch.GetTimestamp();
        var fixedCadres = scenario.Cadres.Select(c => c.Id).Where(id => !free.Contains(id)).ToHashSet();
        var part = scenario with
        {
            Cadres = [.. scenario.Cadres.Where(c => free.Contains(c.Id))],
            Published = scenario.Published is { } published
                ? published with { Assignments = [.. published.Assignments.Where(r => free.Contains(r.Cadre))] }
                : null,
        };
        var model = ModelBuilder.Build(part, explaining: false, out _, Background.Of(scenario, rows, trainings, fixedCadres), admits);
        constrain?.Invoke(model);
        var left = seconds - Stopwatch.GetElapsedTime(began).TotalSeconds;
        if (left <= 0) return null;
        Hints.Add(model, hint);
        using var solver = new CpSolver { StringParameters = $"{MonthlySolver.Parameters(options, left, workSeconds: seconds)} {tuning}" };
        using var stop = options.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Cp);
        effort?.SpendDeterministic(solver.Response?.DeterministicTime ?? 0);
        effort?.Spend(model.Cp.Model.Variables.Count * UncountedNanosecondsPerVariable);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        var solved = Guess.From(model, solver.BooleanValue);
        return (rows.ToDictionary(r => r.Key, r => solved.Posts.TryGetValue(r.Key, out var row) ? row : r.Value),
        [
            .. trainings.Where(t => fixedCadres.Contains(t.Cadre)),
            .. solved.Enrolments.Select(e => new Training(e.Cadre, e.Course, model.Label(e.Start))),
        ]);
    }
}
