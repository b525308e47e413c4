using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H12: a locked cadre never moves.</summary>
public sealed class LockedRule : IPlanRule
{
    public string Code => HardRule.Locked.Code;
    public string Id => HardRule.Locked.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres.Where(c => c.Cadre.Locked))
            foreach (var t in cadre.Moves)
                yield return new(Code, Id, $"locked, yet moves {cadre.PostAt(t - 1)} → {cadre.PostAt(t)}", cadre.Id, cadre.PostAt(t), plan.Label(t));
    }
}
