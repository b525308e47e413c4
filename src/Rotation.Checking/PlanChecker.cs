using Rotation.Checking.Objective;
using Rotation.Checking.Rows;
using Rotation.Checking.Rules;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Checking;

/// <summary>
/// Checks a finished plan against every rule of the contract, independently of any solver: the hard rules H1–H15, the
/// objective of §4 and the derived rows of §5. A plan holds when the report has no violation.
/// </summary>
public static class PlanChecker
{
    /// <summary>Every rule, hard rules first in SPEC order, then the objective and the derived rows.</summary>
    public static readonly IReadOnlyList<IPlanRule> Rules =
    [
        new PresenceRule(), new MoveCountRule(), new HeadcountRule(), new GradeRule(), new CompetencyRule(),
        new TenureRule(), new AvailabilityRule(), new BlackoutRule(), new ThroughputRule(), new TrainingRule(),
        new AvoidanceRule(), new LockedRule(), new NoReturnRule(), new FreezeRule(), new PinRule(),
        new ObjectiveRule(), new HandoverRowsRule(), new CheckpointRowsRule(),
    ];

    public static CheckReport Check(Scenario scenario, Plan plan)
    {
        var violations = new List<Violation>();
        var expectedMonths = scenario.Horizon.Labels();
        if (!plan.Months.SequenceEqual(expectedMonths))
            violations.Add(new("§5", "months", $"the plan's months must be the horizon's {expectedMonths.Count} month{(expectedMonths.Count == 1 ? "" : "s")} {expectedMonths[0]}..{expectedMonths[^1]}"));
        if (!plan.HasAssignments)
        {
            if (plan.Assignments.Length > 0)
                violations.Add(new("§5", "status", $"a plan with status {plan.Status} has no assignments, yet this one lists {plan.Assignments.Length}"));
            if (plan.Status == PlanStatus.Infeasible && plan.Conflicts.Length == 0)
                violations.Add(new("§5", "status", "an Infeasible plan names the conflicting rules in \"conflicts\""));
            return new CheckReport(violations);
        }
        var view = new PlanView(scenario, plan);
        foreach (var rule in Rules) violations.AddRange(rule.Check(view));
        return new CheckReport(violations);
    }
}

public sealed record CheckReport(IReadOnlyList<Violation> Violations)
{
    public bool Holds => Violations.Count == 0;
}
