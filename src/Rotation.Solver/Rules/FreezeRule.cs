using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H14: each compared (cadre, month) within freezeMonths keeps its published post.</summary>
internal sealed class FreezeRule : IModelRule
{
    public string Id => HardRule.Freeze.Id;

    public void Post(RotationModel m)
    {
        foreach (var (c, t, k) in Published.Cells(m).Where(x => x.Month < m.Scenario.Policy.FreezeMonths))
            m.Require(c.X[k][t]! == 1, $"{Id}:{c.Id}");
    }
}
