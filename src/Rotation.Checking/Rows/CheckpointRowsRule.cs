using Rotation.Domain.Plans;

namespace Rotation.Checking.Rows;

/// <summary>
/// §5 checkpoints: onboarding and reviews at t+k for stints started within the horizon while they run, dated the first
/// working day; an exit for every stint ended by a move or a leave within the horizon, dated the first day of the
/// handover window. Compared with the plan's rows as multisets.
/// </summary>
public sealed class CheckpointRowsRule : IPlanRule
{
    public string Code => "§5";
    public string Id => "checkpoints";

    public IEnumerable<Violation> Check(PlanView plan)
    {
        // Multisets by counting: removing matches from a list was quadratic (seconds on thousands of cadres).
        var unmatched = new Dictionary<Checkpoint, int>();
        foreach (var row in plan.Plan.Checkpoints) unmatched[row] = unmatched.GetValueOrDefault(row) + 1;
        foreach (var row in Expected(plan))
        {
            if (unmatched.GetValueOrDefault(row) > 0)
            {
                unmatched[row]--;
                continue;
            }
            yield return new(Code, Id, $"missing {row.Kind} checkpoint dated {row.Date:yyyy-MM-dd} (reviewer {row.Reviewer ?? "none"})",
                row.Cadre, row.Post, row.Month);
        }
        // The listed rows no stint accounts for, in the plan's order.
        foreach (var extra in plan.Plan.Checkpoints)
        {
            if (unmatched[extra] == 0) continue;
            unmatched[extra]--;
            yield return new(Code, Id, $"unexpected {extra.Kind} checkpoint dated {extra.Date:yyyy-MM-dd}; no stint of the plan calls for it",
                extra.Cadre, extra.Post, extra.Month);
        }
    }

    private static IEnumerable<Checkpoint> Expected(PlanView plan)
    {
        var months = plan.Scenario.Policy.CheckpointMonths.Order().ToArray();
        var calendar = plan.Scenario.Calendar;
        foreach (var cadre in plan.Cadres)
            foreach (var stint in cadre.Stints)
            {
                var reviewer = plan.PostOf(stint.Post)?.Reviewer;
                if (stint.StartsWithinHorizon)
                    foreach (var k in months)
                    {
                        var t = stint.Start + k;
                        if (t >= stint.End || t >= plan.Months) break;
                        var month = plan.Scenario.Horizon.MonthAt(t);
                        yield return new Checkpoint(cadre.Id, stint.Post, k == months[0] ? CheckpointKind.Onboarding : CheckpointKind.Review,
                            month.ToString(), calendar.FirstWorkingDayOf(month), reviewer);
                    }
                if (stint.EndedBy is StintEnd.Move or StintEnd.Leave && stint.End < plan.Months)
                {
                    var month = plan.Scenario.Horizon.MonthAt(stint.End);
                    var window = calendar.WorkingDaysBefore(month.FirstDay, plan.Scenario.Policy.HandoverDays);
                    yield return new Checkpoint(cadre.Id, stint.Post, CheckpointKind.Exit, month.ToString(), window.First, reviewer);
                }
            }
    }
}
