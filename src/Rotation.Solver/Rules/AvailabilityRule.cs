using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H7: no move in an unavailable month (joining then is refused by the loader; courses avoid such months by construction).</summary>
internal sealed class AvailabilityRule : IModelRule
{
    public string Id => HardRule.Availability.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres)
            for (var t = c.Join; t < c.Leave; t++)
                if (c.IsMoveMonth(t) && c.Cadre.IsUnavailableIn(m.Scenario.Horizon.MonthAt(t)))
                    m.Require(c.MovesAt(t) == 0, $"{Id}:{c.Id}");
    }
}
