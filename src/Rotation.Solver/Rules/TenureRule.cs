using Google.OrTools.Sat;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>
/// H6 as three constraint sets whose LP relaxation stays tight:
/// min — holding k at u needs no start of k in (u−min, u) unless still holding: Σ starts in (u−min, u] ≤ x[u];
/// max — holding k at u needs a start of k in (u−max, u], or the starting stint still within max − L0;
/// start — the starting stint is held for its first min − L0 months (it may end sooner only by leaving).
/// Locked cadres are exempt.
/// </summary>
internal sealed class TenureRule : IModelRule
{
    public string Id => "tenure";

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres.Where(c => !c.Cadre.Locked))
            for (var k = 0; k < c.Posts.Count; k++)
            {
                var cycle = m.Scenario.TenureOf(c.Posts[k]);
                var isStarting = k == c.StartingPost;
                for (var u = c.Join; u < c.Leave; u++)
                {
                    var x = c.X[k][u]!;
                    var recentMin = Starts(c, k, u - cycle.Min + 1, u);
                    if (recentMin.Count > 0)
                        m.Require(LinearExpr.Sum(recentMin) <= x, $"tenure.min:{c.Id}");
                    var startingStillValid = isStarting && u <= cycle.Max - c.PriorMonths - 1;
                    if (!startingStillValid)
                        m.Require(x <= LinearExpr.Sum(Starts(c, k, u - cycle.Max + 1, u)), $"tenure.max:{c.Id}");
                    if (isStarting && u < cycle.Min - c.PriorMonths)
                        m.Require(x == 1, $"tenure.start:{c.Id}");
                }
            }
    }

    private static List<BoolVar> Starts(CadreVars c, int k, int from, int to)
    {
        var starts = new List<BoolVar>();
        for (var t = Math.Max(from, c.Join); t <= to; t++)
            if (c.Start[k][t] is { } s) starts.Add(s);
        return starts;
    }
}
