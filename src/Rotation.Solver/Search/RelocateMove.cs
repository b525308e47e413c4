using Rotation.Domain.Scenarios;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Search;

/// <summary>
/// Each cadre, for the rest of their time, into a post of an office new to them (late, or when they move anyway), or
/// into a post they like better than the one they hold (as early as they may). The first change that pays is kept.
/// </summary>
internal sealed class RelocateMove(SearchPlan plan, TradeMove trades) : ISearchMove
{
    /// <summary>How many of a cadre's last months are tried for a move to a new office, beside the months they move anyway.</summary>
    private const int LateWindow = 12;

    private readonly SearchPlan _plan = plan;
    private readonly TradeMove _trades = trades;

    public bool Improve()
    {
        var improved = false;
        foreach (var cadre in _plan.Order)
        {
            if (_plan.TimeUp()) break;
            if (cadre.Locked) continue;
            var (join, leave) = _plan.Presence[cadre.Id];
            var row = _plan.Rows[cadre.Id];
            var late = Math.Max(join, leave - LateWindow);
            var moving = _plan.MoveMonths(cadre)
                .Concat(Enumerable.Range(late, leave - late).Reverse()).Distinct().ToList();
            var known = _plan.KnownOffices(cadre);
            var visits = _plan.Part.Policy.Weights.CrossOffice > 0
                ? _plan.Part.Posts.Where(p => !known.Contains(p.Office)).Select(p => (Post: p, Months: (IEnumerable<int>)moving))
                : [];
            var liked = _plan.Part.Posts.Where(p => PreferenceTerm.Liking(cadre, p) > 0)
                .Select(p => (Post: p, Months: Enumerable.Range(join, leave - join).Where(t => row[t] is { } held
                    && PreferenceTerm.Liking(cadre, _plan.Posts[held]) < PreferenceTerm.Liking(cadre, p))));
            foreach (var (post, months) in visits.Concat(liked))
            {
                if (_plan.TimeUp()) break;
                if (months.Any(s => _plan.Filter.MayStart(_plan.Rows, cadre, post, s) && (Hold(cadre, post, s, leave) || _trades.Trade(cadre, post, s))))
                {
                    improved = true;
                    break;
                }
            }
        }
        return improved;
    }

    /// <summary>The cadre holds the post in months [from, to), after any course it needs.</summary>
    private bool Hold(Cadre cadre, Post post, int from, int to)
    {
        if (!_plan.Filter.Admits(_plan.Rows, cadre, post, from, to)) return false;
        var rows = _plan.Rows.With(cadre.Id, Draft.Filled(_plan.Rows[cadre.Id], post.Id, from, to));
        foreach (var trainings in _plan.Courses.For(cadre, post, from, _plan.Trainings))
            if (_plan.Accept(rows, trainings)) return true;
        return false;
    }
}
