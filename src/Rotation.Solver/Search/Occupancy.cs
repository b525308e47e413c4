using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>
/// Counts of one plan of a part: the holders and the available holders of each post in each month, and the departures
/// from each office in each month. <see cref="LocalSearch"/> asks them of the same plan for every change it tries;
/// counted once, each question costs a lookup instead of a pass over every cadre.
/// </summary>
internal sealed class Occupancy
{
    private readonly Scenario _part;
    private readonly int _months;
    private readonly Dictionary<string, int> _postNumber;
    private readonly Dictionary<string, int> _officeNumber;
    private readonly Dictionary<string, string> _officeOf;
    private readonly Dictionary<string, bool[]> _away;
    private readonly Dictionary<string, Presence> _presence;
    private readonly int[] _holders;
    private readonly int[] _available;
    private readonly int[] _departures;

    public Occupancy(Scenario part, Dictionary<string, bool[]> away, Dictionary<string, Presence> presence)
    {
        _part = part;
        _months = part.Horizon.Months;
        _postNumber = part.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _officeNumber = part.Offices.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _officeOf = part.Posts.ToDictionary(p => p.Id, p => p.Office);
        _away = away;
        _presence = presence;
        _holders = new int[part.Posts.Length * _months];
        _available = new int[part.Posts.Length * _months];
        _departures = new int[part.Offices.Length * _months];
    }

    /// <summary>The plan counted; it is never changed in place, so the counts hold for as long as it is asked about.</summary>
    public Roster? Rows { get; private set; }

    public Occupancy Count(Roster rows)
    {
        if (ReferenceEquals(rows, Rows)) return this;
        Array.Clear(_holders);
        Array.Clear(_available);
        Array.Clear(_departures);
        for (var c = 0; c < _part.Cadres.Length; c++)
        {
            var cadre = _part.Cadres[c];
            var row = rows[c];
            var away = _away[cadre.Id];
            var (held, number) = ((string?)null, -1);
            for (var t = 0; t < _months; t++)
            {
                if (row[t] is { } post)
                {
                    // A row holds one post for months on end: looked up once per stint.
                    if (!ReferenceEquals(post, held)) (held, number) = (post, _postNumber[post]);
                    _holders[number * _months + t]++;
                    if (!away[t]) _available[number * _months + t]++;
                }
                if (DepartsFrom(cadre, row, t) is { } office) _departures[_officeNumber[office] * _months + t]++;
            }
        }
        Rows = rows;
        return this;
    }

    /// <summary>The post's place among the part's posts, by which its counts are asked in loops over months.</summary>
    public int Number(string post) => _postNumber[post];

    public int Holders(int post, int t) => _holders[post * _months + t];

    public int Available(int post, int t) => _available[post * _months + t];

    public int Departures(string office, int t) => _departures[_officeNumber[office] * _months + t];

    /// <summary>The office the cadre on this row moves out of at month t, or null when they do not move then.</summary>
    public string? DepartsFrom(Cadre cadre, string?[] row, int t) =>
        Before(cadre, row, t) is { } before && row[t] is { } now && before != now ? _officeOf[before] : null;

    /// <summary>post(c, s − 1) on the row: the post held the month before, the starting post before month 0, none before joining.</summary>
    public string? Before(Cadre cadre, string?[] row, int s)
    {
        var join = _presence[cadre.Id].Join;
        return s < join ? null : s == join ? (cadre.IsJoiner ? null : cadre.Post) : row[s - 1];
    }
}
