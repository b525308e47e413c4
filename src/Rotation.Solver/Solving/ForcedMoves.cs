using Rotation.Domain.Rules;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Solving;

/// <summary>
/// A proof of infeasibility that needs no search: cadres (not locked) whose starting stint reaches its cycle maximum
/// before they leave must move out of it by then (H6), and every such move counts against the move limits (H9) in a month outside
/// the office's blackout (H8). When more of them must move by some month than the limits allow in all the months up to
/// it, no plan exists; large scenarios would otherwise search until the time limit and end without a plan or a reason.
/// A pin (H15) that moves a locked cadre (H12), or into a post that does not admit their grade (H4), is no plan either.
/// </summary>
public static class ForcedMoves
{
    /// <summary>The conflict ids (as <see cref="Conflicts.Describe"/> reads them) of the first limit found too small; empty when none is.</summary>
    public static IReadOnlyList<string> Conflicts(Scenario scenario)
    {
        if (PinClash(scenario) is { } clash) return clash;
        var horizon = scenario.Horizon;
        var posts = scenario.Posts.ToDictionary(p => p.Id);
        var facts = ScenarioFacts.Of(scenario);
        // (cadre, office left, last month the move may come in)
        var forced = new List<(string Cadre, string Office, int By)>();
        // Locked cadres are exempt from H6: they never have to move.
        foreach (var cadre in scenario.Cadres.Where(c => !c.IsJoiner && !c.Locked && c.Post is not null))
        {
            var presence = facts.PresenceById[cadre.Id];
            var prior = facts.PriorMonthsOf(cadre);
            var max = scenario.TenureOf(posts[cadre.Post!]).Max;
            if (presence.Leave <= 0 || prior + presence.Leave <= max) continue;
            forced.Add((cadre.Id, posts[cadre.Post!].Office, Math.Max(0, max - prior)));
        }
        if (scenario.Policy.MaxDeparturesPerOfficePerMonth is { } perOffice)
            foreach (var office in forced.GroupBy(f => f.Office).OrderBy(g => g.Key, StringComparer.Ordinal))
                if (Overflow(office, by => perOffice * Enumerable.Range(0, by + 1).Count(t => !facts.Blackout[office.Key][t]))
                    is var (month, cadres))
                    return [$"{RuleIds.ThroughputOffice}:{office.Key}:{horizon.MonthAt(month)}", .. cadres.Select(c => $"{RuleIds.TenureMax}:{c}")];
        if (scenario.Policy.MaxMovesPerMonth is { } perMonth && Overflow(forced, by => perMonth * (by + 1)) is var (last, all))
            return [$"{RuleIds.ThroughputMonth}:{horizon.MonthAt(last)}", .. all.Select(c => $"{RuleIds.TenureMax}:{c}")];
        return [];
    }

    /// <summary>The first pin, in scenario order, that takes a locked cadre out of their post or into a post their grade bars.</summary>
    private static string[]? PinClash(Scenario scenario)
    {
        var posts = scenario.Posts.ToDictionary(p => p.Id);
        foreach (var cadre in scenario.Cadres.Where(c => !c.Pins.IsEmpty))
        {
            var presence = ScenarioFacts.Of(scenario).PresenceById[cadre.Id];
            var pinned = FixedCells.PinnedPosts(scenario, cadre, presence);
            for (var t = presence.Join; t < presence.Leave; t++)
            {
                if (pinned[t] is not { } post || post == cadre.Post) continue;
                var pin = $"{RuleIds.Pin}:{cadre.Id}:{scenario.Horizon.MonthAt(t)}";
                if (cadre.Locked && !cadre.IsJoiner) return [$"{RuleIds.Locked}:{cadre.Id}", pin];
                if (!posts[post].AdmitsGrade(cadre.Grade)) return [$"{RuleIds.Grade}:{cadre.Id}", pin];
            }
        }
        return null;
    }

    /// <summary>The first month by which more cadres must have moved than <paramref name="room"/> allows, with those cadres.</summary>
    private static (int Month, List<string> Cadres)? Overflow(IEnumerable<(string Cadre, string Office, int By)> forced, Func<int, int> room)
    {
        var due = forced.OrderBy(f => f.By).ThenBy(f => f.Cadre, StringComparer.Ordinal).ToList();
        for (var k = 0; k < due.Count; k++)
        {
            var by = due[k].By;
            // Everyone due by the same month counts together.
            while (k + 1 < due.Count && due[k + 1].By == by) k++;
            if (k + 1 > room(by)) return (by, [.. due.Take(k + 1).Select(f => f.Cadre)]);
        }
        return null;
    }
}
