using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>
/// Whether one cadre's new career could bring a draft's vacancy-months (months a non-critical post with a minimum has
/// fewer available holders than it) down to an allowed number. Changing one row changes a month's count by at most one:
/// down where the cadre joins a post one short and leaves none at its minimum, else not down at all. So a cadre with
/// too few such months need not be priced.
/// </summary>
internal sealed class VacancyRoom
{
    private readonly Scenario _part;
    private readonly int _months;
    private readonly Dictionary<string, Presence> _presence;
    private readonly Dictionary<string, bool[]> _away;

    public VacancyRoom(Scenario part)
    {
        _part = part;
        _months = part.Horizon.Months;
        var facts = ScenarioFacts.Of(part);
        (_presence, _away) = (facts.PresenceById, facts.AwayById);
    }

    /// <summary>The draft's vacancy-months beyond what <see cref="Of"/> was allowed, and per month the posts one short of their minimum.</summary>
    public sealed record Room(long Excess, int[] Closable);

    public Room Of(BestResponse.Field field, long allowed)
    {
        var closable = new int[_months];
        var excess = -allowed;
        for (var p = 0; p < _part.Posts.Length; p++)
        {
            if (_part.Posts[p] is not { Critical: false, Min: > 0 and var min }) continue;
            for (var t = 0; t < _months; t++)
            {
                var available = field.Available[p * _months + t];
                if (available < min) excess++;
                if (available == min - 1) closable[t]++;
            }
        }
        return new Room(excess, closable);
    }

    /// <summary>
    /// Necessary for a new career of the cadre alone to close the room's excess: a month closes at most one, and only where
    /// they are available, some post other than theirs is one short, and leaving their own opens no vacancy.
    /// </summary>
    public bool MayClose(BestResponse.Field field, Cadre cadre, Room room)
    {
        var excess = room.Excess;
        var row = field.Rows[cadre.Id];
        var away = _away[cadre.Id];
        var (join, leave) = _presence[cadre.Id];
        for (var t = join; t < leave && excess > 0; t++)
        {
            if (away[t]) continue;
            var held = row[t] >= 0 ? _part.Posts[row[t]] : null;
            var available = held is null ? 0 : field.Available[row[t] * _months + t];
            var counted = held is { Critical: false, Min: > 0 };
            if (counted && available == held!.Min) continue;
            if (room.Closable[t] - (counted && available == held!.Min - 1 ? 1 : 0) > 0) excess--;
        }
        return excess <= 0;
    }
}
