using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Handovers;

/// <summary>The plan's handover rows, by month then office (plan order within), each with its enrichments.</summary>
public static class HandoverSheet
{
    public static ImmutableArray<HandoverLine> Lines(PlanView view)
    {
        var rows = view.Plan.Handovers
            .OrderBy(h => h.Month, StringComparer.Ordinal)
            .ThenBy(h => view.OfficeOrder(view.OfficeOf(h.Post)))
            .ToArray();
        var chains = rows.GroupBy(h => h.Month).SelectMany(Chains)
            .ToDictionary<(Handover Row, ImmutableArray<Handover> Chain), Handover, ImmutableArray<Handover>>(x => x.Row, x => x.Chain, ReferenceEqualityComparer.Instance);
        return [.. rows.Select(h => new HandoverLine(
            h,
            view.OfficeOf(h.Post),
            WorkingDays(view, h),
            [.. h.Items.Where(AccessItems.IsSensitive)],
            h.To is null ? [] : TrainingFor(view, h),
            chains.TryGetValue(h, out var chain) ? chain : []))];
    }

    private static int WorkingDays(PlanView view, Handover h)
    {
        var days = 0;
        for (var d = h.WindowStart; d <= h.WindowEnd; d = d.AddDays(1))
            if (view.Scenario.Calendar.IsWorkingDay(d)) days++;
        return days;
    }

    // Courses the plan gives the incoming holder for a competency the post requires and they did not already hold.
    private static ImmutableArray<RequiredTraining> TrainingFor(PlanView view, Handover h)
    {
        var cadre = view.Index.Cadres[h.To!];
        var month = view.MonthIndex(h.Month);
        var missing = view.Post(h.Post).Requires.Except(cadre.Competencies).ToHashSet();
        return [.. view.TrainingsOf(cadre.Id)
            .Where(t => missing.Contains(t.Course.Grants) && view.Scenario.Horizon.IndexOf(t.Last) < month)
            .Select(t => new RequiredTraining(t.Course.Id, t.Course.Grants, t.First.ToString(), t.Last.ToString()))];
    }

    /// <summary>
    /// Rows of one month linked where a row's incoming holder is another row's outgoing holder: that person takes over
    /// one post while handing over their old one in the same window. Each chain is listed from its first giver.
    /// </summary>
    private static IEnumerable<(Handover Row, ImmutableArray<Handover> Chain)> Chains(IEnumerable<Handover> month)
    {
        var rows = month.ToArray();
        var byGiver = rows.Where(r => r.From is not null).ToDictionary(r => r.From!);
        var takers = rows.Where(r => r.To is not null).Select(r => r.To!).ToHashSet();
        var seen = new HashSet<Handover>(ReferenceEqualityComparer.Instance);
        // Open chains start at a giver nobody hands to; what is left after them are cycles (swaps), started anywhere.
        var starts = rows.Where(r => r.From is null || !takers.Contains(r.From)).Concat(rows);
        foreach (var start in starts)
        {
            if (seen.Contains(start)) continue;
            var members = ImmutableArray.CreateBuilder<Handover>();
            for (var row = start; row is not null && seen.Add(row); row = row.To is { } to && byGiver.TryGetValue(to, out var next) ? next : null)
                members.Add(row);
            if (members.Count < 2) continue;
            var chain = members.ToImmutable();
            foreach (var m in chain) yield return (m, chain);
        }
    }
}
