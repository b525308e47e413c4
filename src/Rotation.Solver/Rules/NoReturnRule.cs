using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H13: leaving post k by a move at month t forbids holding k in months t … t+noReturnMonths−1.</summary>
internal sealed class NoReturnRule : IModelRule
{
    public string Id => HardRule.NoReturn.Id;

    public void Post(RotationModel m)
    {
        var window = m.Scenario.Policy.NoReturnMonths;
        if (window <= 1) return; // holding k at the month you left it is impossible anyway
        foreach (var c in m.Cadres)
            for (var k = 0; k < c.Posts.Count; k++)
                for (var u = c.Join; u < c.Leave; u++)
                {
                    var from = Math.Max(c.Join, u - window + 1);
                    if (Enumerable.Range(from, u - from).Any(c.IsMoveMonth))
                        m.Require(c.OutsIn(k, from, u - 1) + c.X[k][u]! <= 1, $"{Id}:{c.Id}");
                }
    }
}
