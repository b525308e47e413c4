using Rotation.Solver.Model;

namespace Rotation.Solver.Solving;

/// <summary>Warm start: the published plan where there is one, else a first plan from a quick heuristic.</summary>
internal static class Hints
{
    public static void Add(RotationModel model, IReadOnlyDictionary<string, string?[]> guess)
    {
        var published = Published.Cells(model).ToDictionary(x => (x.Cadre.Id, x.Month), x => x.Candidate);
        foreach (var c in model.Cadres)
        {
            guess.TryGetValue(c.Id, out var row);
            for (var t = c.Join; t < c.Leave; t++)
            {
                var chosen = published.TryGetValue((c.Id, t), out var k) ? k : row?[t] is { } post ? c.CandidateOf(post) : -1;
                if (chosen < 0) continue;
                for (var j = 0; j < c.Posts.Count; j++) model.Cp.AddHint(c.X[j][t]!, j == chosen);
            }
        }
    }
}
