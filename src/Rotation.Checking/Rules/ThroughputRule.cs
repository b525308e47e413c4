using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H9: moves per month within the organisation's limit, and moves out of each office's posts within its limit.</summary>
public sealed class ThroughputRule : IPlanRule
{
    public string Code => HardRule.Throughput.Code;
    public string Id => HardRule.Throughput.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var policy = plan.Scenario.Policy;
        for (var t = 0; t < plan.Months; t++)
        {
            var movers = plan.Cadres.Where(c => c.IsMoveAt(t)).ToArray();
            if (policy.MaxMovesPerMonth is { } limit && movers.Length > limit)
                yield return new(Code, RuleIds.ThroughputMonth, $"{movers.Length} moves; at most {limit} a month", null, null, plan.Label(t));
            if (policy.MaxDeparturesPerOfficePerMonth is not { } perOffice) continue;
            foreach (var office in movers.GroupBy(c => plan.PostOf(c.PostAt(t - 1))?.Office).Where(g => g.Key is not null))
                if (office.Count() > perOffice)
                    yield return new(Code, RuleIds.ThroughputOffice, $"{office.Count()} moves out of office {office.Key}; at most {perOffice} a month",
                        null, null, plan.Label(t));
        }
    }
}
