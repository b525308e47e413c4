using Rotation.Solver.Model;

namespace Rotation.Solver.WholeModel;

/// <summary>
/// Warm start: the published plan's cells where there is one, else the guess. Where a cadre's whole row is known the
/// stint starts and running counts it implies are hinted too, so CP-SAT has little left to complete.
/// </summary>
internal static class Hints
{
    public static void Add(RotationModel model, Guess guess)
    {
        var published = Published.Cells(model).ToDictionary(x => (x.Cadre.Id, x.Month), x => x.Candidate);
        var enrolled = guess.Enrolments.ToHashSet();
        foreach (var c in model.Cadres)
        {
            guess.Posts.TryGetValue(c.Id, out var row);
            var chosen = new int[model.Months];
            var complete = true;
            for (var t = c.Join; t < c.Leave; t++)
            {
                chosen[t] = published.TryGetValue((c.Id, t), out var k) ? k
                    : row?[t] is { } post ? c.CandidateOf(post) : -1;
                if (chosen[t] < 0)
                {
                    complete = false;
                    continue;
                }
                for (var j = 0; j < c.Posts.Count; j++) model.Cp.AddHint(c.X[j][t]!, j == chosen[t]);
            }
            foreach (var e in c.Enrolments)
                model.Cp.AddHint(e.Taken, enrolled.Contains((c.Id, e.Course.Id, e.Start)));
            if (complete) HintCounts(model, c, chosen);
        }
    }

    private static void HintCounts(RotationModel model, CadreVars c, int[] chosen)
    {
        var starts = new int[c.Posts.Count];
        var moves = 0;
        for (var t = c.Join; t < c.Leave; t++)
        {
            var previous = t == c.Join ? (c.IsMoveMonth(t) ? c.StartingPost : -1) : chosen[t - 1];
            var started = chosen[t] != previous;
            if (started && c.IsMoveMonth(t)) moves++;
            for (var k = 0; k < c.Posts.Count; k++)
            {
                var startsHere = started && k == chosen[t];
                if (c.Start[k][t] is { } s) model.Cp.AddHint(s, startsHere);
                if (startsHere) starts[k]++;
                model.Cp.AddHint(c.StartsSoFar[k][t], starts[k]);
            }
            model.Cp.AddHint(c.MovesSoFar[t], moves);
        }
    }
}
