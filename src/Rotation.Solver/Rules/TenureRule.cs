using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>
/// H6, posted twice over: as implications on the cadre's running move count, which propagate in a handful of literals
/// during search (holding k at u ⇒ a move within the last max months; starting k at t ⇒ no move for min − 1 months),
/// and as window sums over the starts of k whose LP relaxation is tight, for the bound. The starting stint is held for
/// its first min − L0 months (it may end sooner only by leaving). Locked cadres are exempt.
/// </summary>
internal sealed class TenureRule : IModelRule
{
    public string Id => HardRule.Tenure.Id;

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
                    if (c.Start[k][u] is { } start && cycle.Min > 1 && u + 1 < c.Leave)
                    {
                        m.RequireIf(start, c.MovesIn(u + 1, u + cycle.Min - 1) == 0, $"{RuleIds.TenureMin}:{c.Id}");
                        m.Require(c.StartsIn(k, u - cycle.Min + 1, u) <= x, $"{RuleIds.TenureMin}:{c.Id}");
                    }
                    if (Overstays(c, isStarting, cycle.Max, u) is { } from)
                    {
                        m.RequireIf(x, c.MovesIn(from, u) >= 1, $"{RuleIds.TenureMax}:{c.Id}");
                        m.Require(x <= c.StartsIn(k, u - cycle.Max + 1, u), $"{RuleIds.TenureMax}:{c.Id}");
                    }
                    if (isStarting && u < cycle.Min - c.PriorMonths)
                        m.Require(x == 1, $"{RuleIds.TenureStart}:{c.Id}");
                }
            }
    }

    /// <summary>
    /// The first month of the window in which a move must fall when post k is held at u, or null when holding k at u
    /// can never make a stint longer than max: the window is the last max months, or for the starting stint, every
    /// month since the horizon start once L0 + u + 1 exceeds max.
    /// </summary>
    private static int? Overstays(CadreVars c, bool isStarting, int max, int u)
    {
        if (u - max + 1 > c.Join) return u - max + 1;
        if (isStarting && u >= max - c.PriorMonths) return 0;
        return null;
    }
}
