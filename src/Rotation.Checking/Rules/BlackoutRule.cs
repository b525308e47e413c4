using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H8: in an office's blackout month nobody moves into or out of any of its posts.</summary>
public sealed class BlackoutRule : IPlanRule
{
    public string Code => HardRule.Blackout.Code;
    public string Id => HardRule.Blackout.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres)
            foreach (var t in cadre.Moves)
            {
                var calendarMonth = plan.Scenario.Horizon.MonthAt(t).Month;
                var offices = new[] { plan.PostOf(cadre.PostAt(t - 1))?.Office, plan.PostOf(cadre.PostAt(t))?.Office }
                    .OfType<string>().Distinct();
                foreach (var office in offices)
                    if (plan.Index.Offices.TryGetValue(office, out var o) && o.BlackoutMonthsOfYear.Contains(calendarMonth))
                        yield return new(Code, Id, $"moves {cadre.PostAt(t - 1)} → {cadre.PostAt(t)} in a blackout month of office {office}",
                            cadre.Id, cadre.PostAt(t), plan.Label(t));
            }
    }
}
