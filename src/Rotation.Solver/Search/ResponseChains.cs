using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Search;

/// <summary>
/// Chains of best responses: each vacancy taken by someone's best whole career (<see cref="BestResponse"/>), then the
/// post their move leaves short taken the same way by someone else.
/// </summary>
internal sealed class ResponseChains(SearchPlan plan)
{
    /// <summary>
    /// How many further posts the chain after a trade or a reroute may reach: shorter than a vacancy's own chain, since
    /// these are tried far more often and most find nothing.
    /// </summary>
    private const int RepairDepth = 1;

    /// <summary>
    /// Best responses one link of a chain prices at most, in the search's order of cadres (a new one each descent), in a
    /// part of <see cref="CappedFrom"/> cadres or more: on a cluster of ninety cadres, pricing everyone who could take the
    /// post for every trade left the first descent unfinished after ten seconds, with the fills that close vacancies
    /// never reached. Smaller parts price everyone: there it costs little, and a cap made a 40-cadre case's plan worse.
    /// </summary>
    private const int MaxResponses = 16, CappedFrom = 60;

    private readonly int _maxResponses = plan.Part.Cadres.Length >= CappedFrom ? MaxResponses : int.MaxValue;

    private readonly SearchPlan _plan = plan;

    /// <param name="known">The months each post was short before the chain began: only what the chain opens is its to fill.</param>
    public bool Chain(Draft draft, Post post, int opens, int closes, int depth, HashSet<string> moved, HashSet<(string, int)> known)
    {
        BestResponse.Field? field = null;
        VacancyRoom.Room? room = null;
        var responses = 0;
        foreach (var cadre in _plan.Order)
        {
            if (_plan.TimeUp() || responses >= _maxResponses) return false;
            if (cadre.Locked || moved.Contains(cadre.Id) || !_plan.Filter.MayStartWithin(draft.Rows, cadre, post, opens, closes)) continue;
            var current = draft.Rows[cadre.Id];
            field ??= _plan.Respond.Against(draft.Rows);
            // The last link is judged only with no more vacancy than the plan: a cadre who cannot close the excess is not priced.
            if (depth == 0 && !_plan.Room.MayClose(field, cadre, room ??= _plan.Room.Of(field, _plan.Verdict.Terms.Vacancy))) continue;
            responses++;
            if (_plan.Respond.Of(cadre, field, ignored: current[opens..closes].OfType<string>().ToHashSet()) is not { } row
                || !Enumerable.Range(opens, closes - opens).Any(t => row[t] == post.Id && current[t] != post.Id)) continue;
            var rows = draft.Rows.With(cadre.Id, row);
            if (_plan.Courses.For(cadre, row, draft.Trainings) is not { } trainings) continue;
            var vacancies = _plan.Vacancies(rows);
            // With more vacancy-months than the plan has, a few careers' other terms cannot make up for it: not worth the checker.
            if (vacancies.Sum(v => v.Closes - v.Opens) <= _plan.Verdict.Terms.Vacancy
                && _plan.MayImprove(rows, trainings) && _plan.Judge.Judge(rows, trainings) is { } verdict && _plan.Improves(rows, trainings, verdict)) return true;
            if (depth == 0) continue;
            var hole = FirstNew(vacancies, known);
            if (hole.Post is not null && Chain(new Draft(rows, trainings), hole.Post, hole.Opens, hole.Closes, depth - 1, [.. moved, cadre.Id], known))
                return true;
        }
        return false;
    }

    /// <summary>A response chain (<see cref="Chain"/>) into the first post the draft leaves short that the current plan does not.</summary>
    public bool Repair(Draft draft, HashSet<string> moved)
    {
        var known = ShortMonths(_plan.Vacancies(_plan.Rows));
        var hole = FirstNew(_plan.Vacancies(draft.Rows), known);
        return hole.Post is not null && Chain(draft, hole.Post, hole.Opens, hole.Closes, RepairDepth, moved, known);
    }

    public static HashSet<(string Post, int Month)> ShortMonths(List<(Post Post, int Opens, int Closes)> vacancies) =>
        [.. vacancies.SelectMany(v => Enumerable.Range(v.Opens, v.Closes - v.Opens).Select(t => (v.Post.Id, t)))];

    /// <summary>The first run of <paramref name="vacancies"/> with a month not in <paramref name="known"/>, or a default with no post.</summary>
    public static (Post Post, int Opens, int Closes) FirstNew(List<(Post Post, int Opens, int Closes)> vacancies, HashSet<(string, int)> known) =>
        vacancies.FirstOrDefault(v => Enumerable.Range(v.Opens, v.Closes - v.Opens).Any(t => !known.Contains((v.Post.Id, t))));
}
