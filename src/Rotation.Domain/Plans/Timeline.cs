using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Plans;

/// <summary>
/// The arrivals and departures a set of assignments implies, month by month. post(c,-1) is the scenario's starting
/// post, so a move at month 0 departs from it.
/// </summary>
public static class Timeline
{
    public sealed record Change(Cadre Cadre, int Month, string? Left, string? Entered);

    /// <summary>Every month in which a cadre's post differs from the month before, in cadre then month order.</summary>
    public static IEnumerable<Change> Changes(Scenario scenario, IReadOnlyDictionary<string, IReadOnlyList<string?>> posts)
    {
        foreach (var cadre in scenario.Cadres)
        {
            if (!posts.TryGetValue(cadre.Id, out var row)) continue;
            var previous = cadre.IsJoiner ? null : cadre.Post;
            for (var t = 0; t < row.Count; t++)
            {
                if (row[t] != previous) yield return new Change(cadre, t, previous, row[t]);
                previous = row[t];
            }
        }
    }
}
