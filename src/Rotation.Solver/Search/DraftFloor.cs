using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Search;

/// <summary>
/// The least a part's draft plan can cost by the checker, counted from its rows alone: vacancy, moves, excess moves,
/// training cost, crossOffice and preference as SPEC §4 counts them, and changes as 0. A draft whose floor is not below
/// the plan in hand cannot replace it, so the local search does not ask the checker (once most of its time) about it. Each
/// cadre's own terms are kept for their last two rows: a draft shares all rows but one or two with the plan it came from.
/// Valid only when no weight is negative, as for every decomposed scenario.
/// </summary>
internal sealed class DraftFloor
{
    private readonly Scenario _part;
    private readonly Weights _weights;
    private readonly int _months;
    private readonly Dictionary<string, int> _postNumber;
    private readonly Dictionary<string, Cadre> _cadres;
    private readonly Dictionary<string, bool[]> _away;
    private readonly Dictionary<string, long> _courseCost;
    private readonly Dictionary<string, long[]> _liking;
    /// <summary>Per post number, its office's number among the part's offices.</summary>
    private readonly int[] _officeOfPost;
    /// <summary>Per cadre and office of the part, whether they worked there before the horizon.</summary>
    private readonly Dictionary<string, bool[]> _pastOffices;
    /// <summary>Per office, the call of <see cref="Own(Cadre, string?[])"/> that last counted it: a set cleared by counting on.</summary>
    private readonly int[] _counted;
    private int _call;
    /// <summary>Per cadre, their last two rows and own terms: a draft's row or the plan's, which drafts alternate between.</summary>
    private readonly Dictionary<string, (string?[]? Row, long Value)[]> _own;
    private readonly int[] _holders;

    public DraftFloor(Scenario part)
    {
        _part = part;
        _weights = part.Policy.Weights;
        _months = part.Horizon.Months;
        _postNumber = part.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _cadres = part.Cadres.ToDictionary(c => c.Id);
        _away = ScenarioFacts.Of(part).AwayById;
        _courseCost = part.Courses.ToDictionary(c => c.Id, c => (long)c.Cost);
        _liking = part.Cadres.ToDictionary(c => c.Id, c => part.Posts.Select(p => PreferenceTerm.Liking(c, p)).ToArray());
        var offices = part.Offices.Select(o => o.Id).ToList();
        _officeOfPost = [.. part.Posts.Select(p => offices.IndexOf(p.Office))];
        _pastOffices = part.Cadres.ToDictionary(c => c.Id, c => offices.Select(c.PastOffices.Contains).ToArray());
        _counted = new int[offices.Count];
        _holders = new int[part.Posts.Length * _months];
        _own = part.Cadres.ToDictionary(c => c.Id, _ => new (string?[]?, long)[2]);
    }

    public long Of(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings)
    {
        long total = 0;
        Array.Clear(_holders);
        foreach (var (id, row) in rows)
        {
            if (!_cadres.ContainsKey(id)) continue;
            total += Own(id, row);
            var away = _away[id];
            var (held, number) = ((string?)null, -1);
            for (var t = 0; t < _months; t++)
            {
                if (row[t] is not { } post) continue;
                // A row holds one post for months on end: looked up once per stint.
                if (!ReferenceEquals(post, held)) (held, number) = (post, _postNumber[post]);
                if (!away[t]) _holders[number * _months + t]++;
            }
        }
        long vacancy = 0;
        for (var p = 0; p < _part.Posts.Length; p++)
        {
            var post = _part.Posts[p];
            if (post.Critical || post.Min <= 0) continue;
            for (var t = 0; t < _months; t++) vacancy += Math.Max(0, post.Min - _holders[p * _months + t]);
        }
        long cost = 0;
        foreach (var training in trainings) cost += _courseCost.GetValueOrDefault(training.Course);
        return total + _weights.Vacancy * vacancy + _weights.TrainingCost * cost;
    }

    /// <summary>The cadre's moves, excess moves, crossOffice and preference, weighted.</summary>
    public long Own(string cadre, string?[] row)
    {
        var kept = _own[cadre];
        foreach (var (seen, value) in kept)
            if (ReferenceEquals(seen, row)) return value;
        var own = Own(_cadres[cadre], row);
        (kept[1], kept[0]) = (kept[0], (row, own));
        return own;
    }

    /// <summary>The cadre's own terms in a row that is not remembered: a scratch row whose contents will change.</summary>
    public long OwnOfScratch(string cadre, string?[] row) => Own(_cadres[cadre], row);

    private long Own(Cadre cadre, string?[] row)
    {
        var (moves, visited) = (0, 0);
        long liking = 0;
        string? before = cadre.IsJoiner ? null : cadre.Post;
        var past = _pastOffices[cadre.Id];
        var start = before ?? row.FirstOrDefault(p => p is not null);
        var home = start is not null && _postNumber.TryGetValue(start, out var first) ? _officeOfPost[first] : -1;
        var call = ++_call;
        var likes = _liking[cadre.Id];
        var (held, number) = ((string?)null, -1);
        foreach (var post in row)
        {
            if (post is not null && !ReferenceEquals(post, held))
                (held, number) = _postNumber.TryGetValue(post, out var found) ? (post, found) : (null, -1);
            if (post is not null && number >= 0)
            {
                if (before is not null && before != post) moves++;
                liking += likes[number];
                var office = _officeOfPost[number];
                if (office != home && !past[office] && _counted[office] != call)
                {
                    _counted[office] = call;
                    visited++;
                }
            }
            before = post;
        }
        return _weights.Move * moves + _weights.ExcessMoves * Math.Max(0, moves - _part.Policy.FairMoves)
            - _weights.CrossOffice * visited - _weights.Preference * liking;
    }
}
