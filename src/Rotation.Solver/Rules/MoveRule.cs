using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>
/// H2: defines start[k,t] = x[k,t] ∧ ¬x[k,t−1] (with month −1 the starting post, and no previous month for a joiner's
/// first), so a move is a start that is not a join. Every other rule relies on it, so it is never guarded.
/// </summary>
internal sealed class MoveRule : IModelRule
{
    public string Id => HardRule.Moves.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres)
            for (var k = 0; k < c.Posts.Count; k++)
                for (var t = c.Join; t < c.Leave; t++)
                {
                    if (c.Start[k][t] is not { } start) continue;
                    var x = c.X[k][t]!;
                    var previous = c.IsMoveMonth(t) ? c.Previous(k, t) : LinearExpr.Constant(0);
                    m.Cp.Add(start <= x);
                    m.Cp.Add(start <= 1 - previous);
                    m.Cp.Add(start >= x - previous);
                }
    }
}
