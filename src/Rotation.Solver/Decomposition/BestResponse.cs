using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Model;

namespace Rotation.Solver.Decomposition;

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
    private readonly Dictionary<string, int> _postNumber;
    private readonly int[] _officeOfPost;
    private readonly Dictionary<string, HashSet<string>> _avoided;
    private readonly int _months;
    private readonly int[] _holders;
    private readonly int[] _available;
    private readonly int[] _departures;
    private readonly int[] _moves;

    public BestResponse(Scenario part)
    {
        _part = part;
        _months = part.Horizon.Months;
        var index = new ScenarioIndex(part);
        var blackout = RelaxedCareer.Blackouts(part);
        _careers = part.Cadres.ToDictionary(c => c.Id,
            c => new RelaxedCareer(part, index, c, Candidates.PostsFor(part, c, Presence.Of(part, c)), blackout, alike: false));
        _prices = new Prices(part);
        _cadres = part.Cadres.ToDictionary(c => c.Id);
        _postNumber = part.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _officeOfPost = [.. part.Posts.Select(p => _prices.OfficeNumber(p.Office))];
        _avoided = part.Cadres.ToDictionary(c => c.Id, c => c.Avoid.ToHashSet());
        foreach (var c in part.Cadres)
            foreach (var other in c.Avoid)
                if (_avoided.TryGetValue(other, out var back)) back.Add(c.Id);
        _holders = new int[part.Posts.Length * _months];
        _available = new int[_holders.Length];
        _departures = new int[part.Offices.Length * _months];
        _moves = new int[_months];
    }

    /// <summary>
    /// The cadre's best career against <paramref name="rows"/> (a post per month, null where absent), or null when none
    /// avoids every barred cell. Holding a post of <paramref name="ignored"/> earns the cadre nothing: the vacancies leaving
    /// them would open are left for someone else to fill. The months [From, To) of <paramref name="barred"/>'s post are
    /// closed to the cadre.
    /// </summary>
    public string?[]? Of(Cadre cadre, IReadOnlyDictionary<string, string?[]> rows, IReadOnlySet<string>? ignored = null,
        (string Post, int From, int To)? barred = null)
    {
        Price(cadre, rows, ignored);
        if (barred is var (post, from, to))
            for (var t = from; t < to; t++) _prices.Hold[_postNumber[post] * _months + t] = RelaxedCareer.Barred;
        var career = _careers[cadre.Id];
        return career.Least(_work, _prices) < RelaxedCareer.Barred / 2 ? career.Trace(_work) : null;
    }

    private void Price(Cadre cadre, IReadOnlyDictionary<string, string?[]> rows, IReadOnlySet<string>? ignored)
    {
        Array.Clear(_holders);
        Array.Clear(_available);
        Array.Clear(_departures);
        Array.Clear(_moves);
        Array.Clear(_prices.Hold);
        Array.Clear(_prices.Cover);
        Array.Clear(_prices.Departure);
        Array.Clear(_prices.Move);
        var avoided = _avoided[cadre.Id];
        foreach (var (id, row) in rows)
        {
            if (id == cadre.Id) continue;
            var other = _cadres[id];
            for (var t = 0; t < _months; t++)
            {
                if (row[t] is not { } post) continue;
                var p = _postNumber[post];
                _holders[p * _months + t]++;
                if (!other.IsUnavailableIn(_part.Horizon.MonthAt(t))) _available[p * _months + t]++;
                var before = t == 0 ? (other.IsJoiner ? null : other.Post) : row[t - 1];
                if (before is not null && before != post)
                {
                    _departures[_officeOfPost[_postNumber[before]] * _months + t]++;
                    _moves[t]++;
                }
                if (avoided.Contains(id))
                    for (var q = 0; q < _part.Posts.Length; q++)
                        if (_officeOfPost[q] == _officeOfPost[p]) _prices.Hold[q * _months + t] = RelaxedCareer.Barred;
            }
        }
        var vacancy = _part.Policy.Weights.Vacancy;
        for (var p = 0; p < _part.Posts.Length; p++)
        {
            var post = _part.Posts[p];
            for (var t = 0; t < _months; t++)
            {
                var cell = p * _months + t;
                if (_holders[cell] >= post.Max) _prices.Hold[cell] = RelaxedCareer.Barred;
                if (post.Min > 0 && _available[cell] < post.Min && ignored?.Contains(post.Id) != true)
                    _prices.Cover[cell] = post.Critical ? RelaxedCareer.Barred : vacancy;
            }
        }
        if (_part.Policy.MaxDeparturesPerOfficePerMonth is { } departures)
            for (var i = 0; i < _departures.Length; i++)
                if (_departures[i] >= departures) _prices.Departure[i] = RelaxedCareer.Barred;
        if (_part.Policy.MaxMovesPerMonth is { } moves)
            for (var t = 0; t < _months; t++)
                if (_moves[t] >= moves) _prices.Move[t] = RelaxedCareer.Barred;
    }
}
