using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H15: in every month of a pin in which the cadre is present, they hold the pinned post; one group per month.</summary>
internal sealed class PinRule : IModelRule
{
    public string Id => HardRule.Pin.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres.Where(c => !c.Cadre.Pins.IsEmpty))
        {
            var pinned = FixedCells.PinnedPosts(m.Scenario, c.Cadre, c.Presence);
            for (var t = c.Join; t < c.Leave; t++)
                if (pinned[t] is { } post)
                    m.Require(c.X[c.CandidateOf(post)][t]! == 1, $"{Id}:{c.Id}:{m.Label(t)}");
        }
    }
}
