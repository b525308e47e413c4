using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H11: two cadres who avoid each other (either way round) never hold posts of the same office in the same month.</summary>
public sealed class AvoidanceRule : IPlanRule
{
    public string Code => HardRule.Avoidance.Code;
    public string Id => HardRule.Avoidance.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var pairs = plan.Scenario.Cadres
            .SelectMany(c => c.Avoid.Select(other => string.CompareOrdinal(c.Id, other) < 0 ? (c.Id, other) : (other, c.Id)))
            .Distinct();
        foreach (var (a, b) in pairs)
        {
            if (!plan.ById.TryGetValue(a, out var first) || !plan.ById.TryGetValue(b, out var second)) continue;
            for (var t = 0; t < plan.Months; t++)
            {
                var office = plan.PostOf(first.PostAt(t))?.Office;
                if (office is not null && office == plan.PostOf(second.PostAt(t))?.Office)
                    yield return new(Code, Id, $"{a} and {b} must avoid each other but both work in office {office}", a, null, plan.Label(t));
            }
        }
    }
}
