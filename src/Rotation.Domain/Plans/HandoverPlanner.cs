using System.Collections.Immutable;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Plans;

/// <summary>Handover rows of SPEC §5: per post and month, arrivals paired with departures in cadre order.</summary>
public static class HandoverPlanner
{
    public static ImmutableArray<Handover> Plan(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string?>> posts)
    {
        var index = new ScenarioIndex(scenario);
        var rows = ImmutableArray.CreateBuilder<Handover>();
        var events = Timeline.Changes(scenario, posts)
            .SelectMany(c => new[] { (Post: c.Left, c.Month, Cadre: c.Cadre.Id, Arrives: false), (Post: c.Entered, c.Month, Cadre: c.Cadre.Id, Arrives: true) })
            .Where(e => e.Post is not null)
            .GroupBy(e => (e.Month, Post: e.Post!))
            .OrderBy(g => g.Key.Month).ThenBy(g => index.Post(g.Key.Post).Office, StringComparer.Ordinal).ThenBy(g => g.Key.Post, StringComparer.Ordinal);
        foreach (var group in events)
        {
            var post = index.Post(group.Key.Post);
            var month = scenario.Horizon.MonthAt(group.Key.Month);
            var (first, last) = scenario.Calendar.WorkingDaysBefore(month.FirstDay, scenario.Policy.HandoverDays);
            var from = group.Where(e => !e.Arrives).Select(e => e.Cadre).ToArray();
            var to = group.Where(e => e.Arrives).Select(e => e.Cadre).ToArray();
            for (var i = 0; i < Math.Max(from.Length, to.Length); i++)
                rows.Add(new Handover(post.Id, month.ToString(), i < from.Length ? from[i] : null, i < to.Length ? to[i] : null,
                    first, last, post.HandoverItems));
        }
        return rows.ToImmutable();
    }
}
