using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H8: in an office's blackout month nobody moves into or out of any of its posts.</summary>
internal sealed class BlackoutRule : IModelRule
{
    public string Id => HardRule.Blackout.Id;

    public void Post(RotationModel m)
    {
        for (var t = 0; t < m.Months; t++)
        {
            var calendarMonth = m.Scenario.Horizon.MonthAt(t).Month;
            foreach (var office in m.Scenario.Offices.Where(o => o.BlackoutMonthsOfYear.Contains(calendarMonth)))
            {
                var group = $"{Id}:{office.Id}:{m.Label(t)}";
                foreach (var c in m.Cadres.Where(c => c.IsMoveMonth(t)))
                    for (var k = 0; k < c.Posts.Count; k++)
                        if (c.Posts[k].Office == office.Id)
                        {
                            m.Require(c.Start[k][t]! == 0, group);
                            m.Require(c.Out(k, t) == 0, group);
                        }
            }
        }
    }
}
