using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H13: someone who moves out of a post at month t does not hold it again before t + noReturnMonths.</summary>
public sealed class NoReturnRule : IPlanRule
{
    public string Code => HardRule.NoReturn.Code;
    public string Id => HardRule.NoReturn.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var window = plan.Scenario.Policy.NoReturnMonths;
        if (window <= 0) yield break;
        foreach (var cadre in plan.Cadres)
            foreach (var t in cadre.Moves)
            {
                var left = cadre.PostAt(t - 1);
                var back = Enumerable.Range(t, Math.Max(0, Math.Min(plan.Months, t + window) - t)).FirstOrDefault(u => cadre.PostAt(u) == left, -1);
                if (back >= 0)
                    yield return new(Code, Id, $"left at {plan.Label(t)} and holds it again {back - t} months later; the policy waits {window}",
                        cadre.Id, left, plan.Label(back));
            }
    }
}
