using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H12: a locked cadre never moves.</summary>
internal sealed class LockedRule : IModelRule
{
    public string Id => HardRule.Locked.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres.Where(c => c.Cadre.Locked))
            for (var t = c.Join; t < c.Leave; t++)
                if (c.IsMoveMonth(t))
                    m.Require(c.MovesAt(t) == 0, $"{Id}:{c.Id}");
    }
}
