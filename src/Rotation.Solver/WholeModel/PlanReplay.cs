using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// A finished plan replayed in the monthly CP model: every post of every month and every course enrolment is fixed to
/// the plan's, so CP-SAT only checks the hard rules and counts the terms. A second judge of the plans that searches
/// find without the model (the local search judges its changes with the checker), so that a blind spot the checker and
/// a search share cannot pass unseen.
/// </summary>
internal static class PlanReplay
{
    /// <summary>What the model made of a plan.</summary>
    /// <param name="Status">CP-SAT's status with everything fixed: Optimal when the plan keeps every rule of the model.</param>
    /// <param name="Terms">The terms the model counts for the plan, when it keeps the rules.</param>
    /// <param name="ModelObjective">The value of the objective the model minimises, when it keeps the rules.</param>
    /// <param name="Unexpressed">What of the plan the model has no variable for (a post that is no candidate of the cadre,
    /// a post in a month the cadre is absent, a session it offers the cadre no enrolment in). Such a plan is not solved.</param>
    public sealed record Replayed(CpSolverStatus? Status, Terms? Terms, long? ModelObjective, IReadOnlyList<string> Unexpressed);

    /// <summary>Everything is fixed, so presolve decides the model; probing would only spend time.</summary>
    private const string NoProbing = "cp_model_probing_level:0";

    public static Replayed Run(Scenario scenario, Plan plan, double seconds = 60)
    {
        var model = ModelBuilder.Build(scenario, explaining: false, out var terms);
        var rows = plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts);
        var enrolled = plan.Trainings.Select(t => (t.Cadre, t.Course, t.Start)).ToHashSet();
        var unexpressed = new List<string>();
        foreach (var c in model.Cadres)
        {
            if (!rows.TryGetValue(c.Id, out var row) || row.Length != model.Months)
            {
                unexpressed.Add($"{c.Id} has no row of {model.Months} months");
                continue;
            }
            for (var t = 0; t < model.Months; t++)
            {
                if (t < c.Join || t >= c.Leave)
                {
                    if (row[t] is { } away) unexpressed.Add($"{c.Id} holds {away} in {model.Label(t)}, a month they are absent");
                    continue;
                }
                // A month with no post fixes every candidate to 0, which H1 then rejects.
                var held = row[t] is { } post ? c.CandidateOf(post) : -1;
                if (row[t] is { } other && held < 0) unexpressed.Add($"{c.Id} holds {other} in {model.Label(t)}, no candidate post of theirs");
                for (var k = 0; k < c.Posts.Count; k++) model.Cp.Add(c.X[k][t]! == (k == held ? 1 : 0));
            }
            foreach (var e in c.Enrolments)
                model.Cp.Add(e.Taken == (enrolled.Remove((c.Id, e.Course.Id, model.Label(e.Start))) ? 1 : 0));
        }
        unexpressed.AddRange(enrolled.Select(e => $"{e.Cadre} takes {e.Course} from {e.Start}, a session with no enrolment in the model"));
        if (unexpressed.Count > 0) return new Replayed(null, null, null, unexpressed);

        using var solver = new CpSolver
        {
            StringParameters = MonthlySolver.Parameters(new SolveOptions { Workers = 1, Tuning = NoProbing }, seconds),
        };
        var status = solver.Solve(model.Cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return new Replayed(status, null, null, []);
        var counts = terms.ToDictionary(t => t.Id, t => t.Evaluate(solver.Value));
        var counted = new Terms(counts["vacancy"], counts["moves"], counts["excessMoves"], counts["trainingCost"],
            counts["crossOffice"], counts["preference"], counts["changes"]);
        return new Replayed(status, counted, (long)Math.Round(solver.ObjectiveValue), []);
    }
}
