using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Search;

/// <summary>
/// Two cadres who trade posts both start new stints: for someone whose stint must end, a trade in the months before
/// that can take the place of the forced move and the vacancy it leaves. When the move leaves the post short, the
/// trade may also undo later arrivals in the two posts (a trade for good leaves them no room).
/// </summary>
internal sealed class TradeMove(SearchPlan plan, ResponseChains chains) : ISearchMove
{
    private readonly SearchPlan _plan = plan;
    private readonly ResponseChains _chains = chains;

    public bool Improve()
    {
        var improved = false;
        foreach (var cadre in _plan.Order)
        {
            if (_plan.TimeUp()) break;
            if (!cadre.Locked && TradesBeforeAMove(cadre)) improved = true;
        }
        return improved;
    }

    /// <summary>The first trade that pays, in the months before one of the cadre's moves, latest first.</summary>
    private bool TradesBeforeAMove(Cadre cadre)
    {
        var (join, _) = _plan.Presence[cadre.Id];
        var moves = _plan.MoveMonths(cadre);
        var vacancies = moves.Count > 0 ? _plan.Vacancies(_plan.Rows) : [];
        foreach (var m in moves)
        {
            var displacing = _plan.Before(_plan.Rows, cadre, m) is { } left && vacancies.Any(v => v.Post.Id == left && v.Opens == m);
            for (var s = m; s >= Math.Max(join, m - VacancyFillMove.FillWindow) && !_plan.TimeUp(); s--)
            {
                var others = _plan.Aligned().Select(row => row[s]).OfType<string>().Distinct()
                    .Where(p => p != _plan.Rows[cadre.Id][s]).Select(p => _plan.Posts[p]);
                // Posts held at a month are hundreds at thousands of cadres: the clock is asked before each trade.
                if (others.Any(post => !_plan.TimeUp() && _plan.Filter.MayStart(_plan.Rows, cadre, post, s) && Trade(cadre, post, s, displacing)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The cadre takes a holder's post from month s on, and the holder takes the cadre's. With <paramref name="displacing"/>,
    /// if someone arrives in either post later, also with those arrivals undone (they stay where they were), since a
    /// trade for good leaves no room for them.
    /// </summary>
    public bool Trade(Cadre cadre, Post post, int s, bool displacing = false)
    {
        if (_plan.Rows[cadre.Id][s] is not { } mine || !_plan.Posts.TryGetValue(mine, out var own)) return false;
        var aligned = _plan.Aligned();
        for (var k = 0; k < _plan.Order.Count; k++)
        {
            var other = _plan.Order[k];
            if (aligned[_plan.OrderPlace[k]][s] != post.Id || other.Id == cadre.Id || !_plan.Filter.MayStart(_plan.Rows, other, own, s)) continue;
            var undone = displacing ? _plan.WithoutArrivals(_plan.Rows, [post.Id, own.Id], s, cadre.Id, other.Id) : null;
            foreach (var before in undone is null ? [_plan.Rows] : new[] { _plan.Rows, undone })
            {
                // Both rows are first written into spare arrays: most trades fail the two checks, and then nothing is copied.
                var traded = Draft.FilledInto(_plan.Spare[0], _plan.Rows[other.Id], own.Id, s, _plan.Presence[other.Id].Leave);
                if (!_plan.Filter.Admits(before, cadre, post, s, _plan.Presence[cadre.Id].Leave, (other.Id, traded))) continue;
                var taken = Draft.FilledInto(_plan.Spare[1], _plan.Rows[cadre.Id], post.Id, s, _plan.Presence[cadre.Id].Leave);
                if (!_plan.Filter.Admits(before, other, own, s, _plan.Presence[other.Id].Leave, (other.Id, traded), (cadre.Id, taken))) continue;
                if (!displacing && ReferenceEquals(before, _plan.Rows) && !_plan.MayPay(other.Id, traded, cadre.Id, taken)) continue;
                var rows = before.With(other.Id, [.. traded], cadre.Id, [.. taken]);
                foreach (var first in _plan.Courses.For(cadre, post, s, _plan.Trainings))
                    foreach (var both in _plan.Courses.For(other, own, s, first))
                        if (_plan.Accept(rows, both) || (displacing && _chains.Repair(new Draft(rows, both), [cadre.Id, other.Id]))) return true;
            }
        }
        return false;
    }
}
