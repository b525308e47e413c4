using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H14: with a published plan, every compared (cadre, month) in the first freezeMonths keeps the published post.</summary>
public sealed class FreezeRule : IPlanRule
{
    public string Code => HardRule.Freeze.Code;
    public string Id => HardRule.Freeze.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var freeze = Math.Min(plan.Scenario.Policy.FreezeMonths, plan.Months);
        foreach (var (cadre, t, published) in Compared.Cells(plan).Where(x => x.Month < freeze))
            if (cadre.PostAt(t) != published)
                yield return new(Code, Id, $"frozen month changed from the published {published} to {cadre.PostAt(t) ?? "nothing"}",
                    cadre.Id, cadre.PostAt(t), plan.Label(t));
    }
}
