using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// The months whose post a plan may not choose: a frozen published cell (H14) and a pin (H15), for a cadre present then.
/// Where the two name different posts no plan keeps both, and the month is marked <see cref="Clash"/>.
/// </summary>
internal static class FixedCells
{
    /// <summary>No post is fixed in the month.</summary>
    public const int Free = -1;

    /// <summary>A candidate index no post has: the month's fixed post is no candidate, or two decisions differ.</summary>
    public const int Clash = -2;

    /// <summary>Per month of the horizon, the post a pin fixes for the cadre present then, or null.</summary>
    public static string?[] PinnedPosts(Scenario scenario, Cadre cadre, Presence presence)
    {
        var posts = new string?[scenario.Horizon.Months];
        foreach (var pin in cadre.Pins)
            for (var t = Math.Max(presence.Join, scenario.Horizon.IndexOf(pin.Months.From));
                 t < presence.Leave && t <= scenario.Horizon.IndexOf(pin.Months.To); t++)
                posts[t] = pin.Post;
        return posts;
    }

    /// <summary>The posts pins fix for the cadre in some month present: candidates in every method, like published posts.</summary>
    public static IEnumerable<string> PinnedPostIds(Scenario scenario, Cadre cadre, Presence presence) =>
        cadre.Pins.IsEmpty ? [] : PinnedPosts(scenario, cadre, presence).OfType<string>().Distinct();

    /// <summary>
    /// Per month, the candidate index the cadre must hold there (<see cref="Free"/> where nothing fixes it,
    /// <see cref="Clash"/> where no candidate can keep what is fixed).
    /// </summary>
    public static int[] Candidates(Scenario scenario, Cadre cadre, Presence presence, string?[] published, Func<string, int> candidateOf)
    {
        var pinned = PinnedPosts(scenario, cadre, presence);
        var fixedAt = new int[scenario.Horizon.Months];
        for (var t = 0; t < fixedAt.Length; t++)
        {
            var frozen = t < scenario.Policy.FreezeMonths ? published[t] : null;
            var post = pinned[t] ?? frozen;
            fixedAt[t] = post is null ? Free
                : frozen is not null && pinned[t] is not null && frozen != pinned[t] ? Clash
                : candidateOf(post) is var k && k >= 0 ? k : Clash;
        }
        return fixedAt;
    }

    /// <summary>Whether holding candidate <paramref name="k"/> breaks what month's <paramref name="fixedAt"/> fixes.</summary>
    public static bool Bars(int fixedAt, int k) => fixedAt != Free && fixedAt != k;
}
