namespace Rotation.Solver.Search;

/// <summary>
/// Each vacancy, taken by someone's best whole career (<see cref="BestResponse"/>) in which the posts they hold now
/// count for nothing; then the first post their move leaves short is taken the same way by someone else, up to
/// <see cref="ResponseDepth"/> more links. Kept at the first link after which the checker holds the plan and it costs less.
/// A post short because its holder is away is first vacated: the holder's best career that leaves it before then.
/// </summary>
internal sealed class ResponseFillMove(SearchPlan plan, ResponseChains chains) : ISearchMove
{
    /// <summary>How many further posts a chain of best responses may reach.</summary>
    private const int ResponseDepth = 3;

    private readonly SearchPlan _plan = plan;
    private readonly ResponseChains _chains = chains;

    public bool Improve()
    {
        var vacancies = _plan.Vacancies(_plan.Rows);
        var known = ResponseChains.ShortMonths(vacancies);
        foreach (var (post, opens, closes) in vacancies)
        {
            if (_plan.TimeUp()) break;
            if (_chains.Chain(new Draft(_plan.Rows, _plan.Trainings), post, opens, closes, ResponseDepth, [], known)) return true;
            foreach (var away in _plan.Order.Where(c => !c.Locked && _plan.Rows[c.Id][opens] == post.Id))
            {
                if (_plan.Respond.Of(away, _plan.Rows, ignored: new HashSet<string> { post.Id }, barred: (post.Id, opens, closes)) is not { } row) continue;
                var rows = _plan.Rows.With(away.Id, row);
                if (_plan.Courses.For(away, row, _plan.Trainings) is not { } trainings) continue;
                var hole = _plan.Vacancies(rows).FirstOrDefault(v => v.Post == post && v.Opens <= opens && opens < v.Closes);
                if (hole.Post is not null && _chains.Chain(new Draft(rows, trainings), post, hole.Opens, hole.Closes, ResponseDepth - 1, [away.Id], known))
                    return true;
            }
        }
        return false;
    }
}
