using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>
/// H1: a present cadre holds exactly one post a month (absent months have no variables at all). Structural, so never
/// guarded: a conflict report names the rules that clash, not the model's frame.
/// </summary>
internal sealed class PresenceRule : IModelRule
{
    public string Id => HardRule.Presence.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres)
            for (var t = c.Join; t < c.Leave; t++)
                m.Cp.AddExactlyOne(c.X.Select(x => x[t]!));
    }
}
