using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Pricing;

namespace Rotation.Solver.Search;

/// <summary>
/// One cadre's best whole career while everyone else keeps their plan: the <see cref="RelaxedCareer"/> program under
/// prices that the others' plan sets. A post and month the others fill to its maximum, an office one of the cadre's
/// avoided cadres works in, a month whose move or departure limit the others use up, are barred; a post and month the
/// others leave short of its minimum pays the vacancy weight to an available holder (a critical one, more than any
/// career is worth). The career found keeps the rules the program keeps; the caller has the checker judge the rest
/// (no return, courses).
/// </summary>
internal sealed class BestResponse
{
    private readonly Scenario _part;
    private readonly Dictionary<string, RelaxedCareer> _careers;
    private readonly Prices _prices;
    private readonly RelaxedCareer.Workspace _work = new();
    private readonly Dictionary<string, Cadre> _cadres;
    private readonly int[] _officeOfPost;
    private readonly Dictionary<string, HashSet<string>> _avoided;
    private readonly int _months;
    private readonly Dictionary<string, bool[]> _unavailable;
    private readonly Dictionary<string, double> _alone = [];
    private readonly Effort? _effort;

    /// <param name="effort">Counts the work of each response, when the search's stop goes by work.</param>
    public BestResponse(Scenario part, Effort? effort = null)
    {
        _part = part;
        _effort = effort;
        _months = part.Horizon.Months;
        var facts = ScenarioFacts.Of(part);
        _careers = part.Cadres.ToDictionary(c => c.Id,
            c => new RelaxedCareer(part, facts.Index, c, Candidates.PostsFor(part, c, facts.PresenceById[c.Id]), facts.Blackout, alike: false));
        _prices = new Prices(part);
        _cadres = part.Cadres.ToDictionary(c => c.Id);
        _officeOfPost = [.. part.Posts.Select(p => _prices.OfficeNumber(p.Office))];
        _avoided = part.Cadres.ToDictionary(c => c.Id, c => c.Avoid.ToHashSet());
        foreach (var c in part.Cadres)
            foreach (var other in c.Avoid)
                if (_avoided.TryGetValue(other, out var back)) back.Add(c.Id);
        _unavailable = facts.AwayById;
    }

    /// <summary>
    /// The cadre's best career against <paramref name="rows"/> (a post per month, null where absent), or null when none
    /// avoids every barred cell. Holding a post of <paramref name="ignored"/> earns the cadre nothing: the vacancies leaving
    /// them would open are left for someone else to fill. The months [From, To) of <paramref name="barred"/>'s post are
    /// closed to the cadre.
    /// </summary>
    public string?[]? Of(Cadre cadre, IReadOnlyDictionary<string, string?[]> rows, IReadOnlySet<string>? ignored = null,
        (string Post, int From, int To)? barred = null) => Of(cadre, Against(rows), ignored, barred);

    /// <inheritdoc cref="Of(Cadre, IReadOnlyDictionary{string, string?[]}, IReadOnlySet{string}?, ValueTuple{string, int, int}?)"/>
    /// <param name="field">The plan's counts, from <see cref="Against"/>: built once for the responses of many cadres to one plan.</param>
    public string?[]? Of(Cadre cadre, Field field, IReadOnlySet<string>? ignored = null, (string Post, int From, int To)? barred = null)
    {
        _effort?.Spend((double)_part.Posts.Length * _months * Effort.ResponseCellNanoseconds);
        Price(cadre, field, ignored);
        if (barred is var (post, from, to))
            for (var t = from; t < to; t++) _prices.Hold[_prices.PostNumber(post) * _months + t] = RelaxedCareer.Barred;
        var career = _careers[cadre.Id];
        return career.Least(_work, _prices) < RelaxedCareer.Barred / 2 ? career.Trace(_work) : null;
    }

    /// <summary>The least of the cadre's own terms over their relaxed careers, with nobody else in the way.</summary>
    public double Alone(Cadre cadre) => _alone.TryGetValue(cadre.Id, out var least) ? least : _alone[cadre.Id] = _careers[cadre.Id].Least(_work);

    /// <summary>Everyone's holders, available holders, departures and moves in a plan, per post (or office) and month.</summary>
    public Field Against(IReadOnlyDictionary<string, string?[]> rows)
    {
        _effort?.Spend((double)rows.Count * _months * Effort.FieldCellNanoseconds);
        var field = new Field(_part.Posts.Length * _months, _part.Offices.Length * _months, _months);
        foreach (var (id, row) in rows)
        {
            var numbers = field.Rows[id] = new int[_months];
            var cadre = _cadres[id];
            var away = _unavailable[id];
            for (var t = 0; t < _months; t++)
            {
                numbers[t] = row[t] is { } post ? _prices.PostNumber(post) : -1;
                if (numbers[t] < 0) continue;
                var cell = numbers[t] * _months + t;
                field.Holders[cell]++;
                if (!away[t]) field.Available[cell]++;
                if (Departure(cadre, numbers, t) is var office and >= 0)
                {
                    field.Departures[office * _months + t]++;
                    field.Moves[t]++;
                }
            }
        }
        return field;
    }

    /// <summary>The scenario office number a move at month t leaves, or -1 when the row makes no move then.</summary>
    private int Departure(Cadre cadre, int[] row, int t)
    {
        var before = t > 0 ? row[t - 1] : cadre.IsJoiner || cadre.Post is null ? -1 : _prices.PostNumber(cadre.Post);
        return before >= 0 && row[t] >= 0 && before != row[t] ? _officeOfPost[before] : -1;
    }

    private void Price(Cadre cadre, Field field, IReadOnlySet<string>? ignored)
    {
        Array.Clear(_prices.Hold);
        Array.Clear(_prices.Cover);
        Array.Clear(_prices.Departure);
        Array.Clear(_prices.Move);
        var own = field.Rows.GetValueOrDefault(cadre.Id);
        var away = _unavailable[cadre.Id];
        foreach (var avoided in _avoided[cadre.Id])
        {
            if (!field.Rows.TryGetValue(avoided, out var row)) continue;
            for (var t = 0; t < _months; t++)
                if (row[t] >= 0)
                    for (var q = 0; q < _part.Posts.Length; q++)
                        if (_officeOfPost[q] == _officeOfPost[row[t]]) _prices.Hold[q * _months + t] = RelaxedCareer.Barred;
        }
        var vacancy = _part.Policy.Weights.Vacancy;
        for (var p = 0; p < _part.Posts.Length; p++)
        {
            var post = _part.Posts[p];
            var free = post.Min > 0 && ignored?.Contains(post.Id) != true;
            for (var t = 0; t < _months; t++)
            {
                var cell = p * _months + t;
                var mine = own is not null && own[t] == p;
                if (field.Holders[cell] - (mine ? 1 : 0) >= post.Max) _prices.Hold[cell] = RelaxedCareer.Barred;
                if (free && field.Available[cell] - (mine && !away[t] ? 1 : 0) < post.Min)
                    _prices.Cover[cell] = post.Critical ? RelaxedCareer.Barred : vacancy;
            }
        }
        var departures = _part.Policy.MaxDeparturesPerOfficePerMonth;
        var moves = _part.Policy.MaxMovesPerMonth;
        for (var t = 0; t < _months && (departures is not null || moves is not null); t++)
        {
            var office = own is null ? -1 : Departure(cadre, own, t);
            if (departures is { } d)
                for (var o = 0; o < _part.Offices.Length; o++)
                    if (field.Departures[o * _months + t] - (o == office ? 1 : 0) >= d) _prices.Departure[o * _months + t] = RelaxedCareer.Barred;
            if (moves is { } m && field.Moves[t] - (office >= 0 ? 1 : 0) >= m) _prices.Move[t] = RelaxedCareer.Barred;
        }
    }

    /// <summary>A plan's counts: per cadre its posts by number, and the totals <see cref="Of(Cadre, Field, IReadOnlySet{string}?, ValueTuple{string, int, int}?)"/> prices by.</summary>
    internal sealed class Field(int cells, int officeMonths, int months)
    {
        public Dictionary<string, int[]> Rows { get; } = [];
        public int[] Holders { get; } = new int[cells];
        public int[] Available { get; } = new int[cells];
        public int[] Departures { get; } = new int[officeMonths];
        public int[] Moves { get; } = new int[months];
    }
}
