using System.Collections.Immutable;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Plans;

/// <summary>
/// Review checkpoints of SPEC §5: onboarding at the first checkpoint month of a stint begun in the horizon, reviews at
/// the others while it lasts; an exit when a stint ends by a move or a leave, dated the start of the handover window.
/// </summary>
public static class CheckpointPlanner
{
    public static ImmutableArray<Checkpoint> Plan(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string?>> posts)
    {
        var index = new ScenarioIndex(scenario);
        var months = scenario.Policy.CheckpointMonths.Order().ToArray();
        var horizon = scenario.Horizon;
        var rows = new List<Checkpoint>();
        foreach (var change in Timeline.Changes(scenario, posts))
        {
            var row = posts[change.Cadre.Id];
            if (change.Left is { } left)
            {
                var month = horizon.MonthAt(change.Month);
                var window = scenario.Calendar.WorkingDaysBefore(month.FirstDay, scenario.Policy.HandoverDays);
                rows.Add(new Checkpoint(change.Cadre.Id, left, CheckpointKind.Exit, month.ToString(), window.First, index.Post(left).Reviewer));
            }
            if (change.Entered is not { } entered) continue;
            foreach (var k in months)
            {
                var t = change.Month + k;
                if (t >= row.Count || Enumerable.Range(change.Month, k + 1).Any(u => row[u] != entered)) break;
                var month = horizon.MonthAt(t);
                rows.Add(new Checkpoint(change.Cadre.Id, entered, k == months[0] ? CheckpointKind.Onboarding : CheckpointKind.Review,
                    month.ToString(), scenario.Calendar.FirstWorkingDayOf(month), index.Post(entered).Reviewer));
            }
        }
        return [.. rows.OrderBy(c => c.Date).ThenBy(c => c.Cadre, StringComparer.Ordinal).ThenBy(c => c.Kind, StringComparer.Ordinal)];
    }
}
