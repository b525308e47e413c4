using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H15: in every month of a pin in which the cadre is present, they hold the pinned post.</summary>
public sealed class PinRule : IPlanRule
{
    public string Code => HardRule.Pin.Code;
    public string Id => HardRule.Pin.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres.Where(c => !c.Cadre.Pins.IsEmpty))
            for (var t = cadre.JoinIndex; t < cadre.LeaveIndex; t++)
                if (cadre.Cadre.PinnedPostIn(plan.Scenario.Horizon.MonthAt(t)) is { } pinned && cadre.PostAt(t) != pinned)
                    yield return new(Code, Id, $"pinned to {pinned}, yet holds {cadre.PostAt(t) ?? "nothing"}", cadre.Id, cadre.PostAt(t), plan.Label(t));
    }
}
