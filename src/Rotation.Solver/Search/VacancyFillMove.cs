using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Search;

/// <summary>For each run of months a post is short, the earliest month someone can take it, for as long as they can.</summary>
internal sealed class VacancyFillMove(SearchPlan plan) : ISearchMove
{
    /// <summary>How many months after a vacancy opens a replacement may still arrive.</summary>
    public const int FillWindow = 12;

    /// <summary>How many further posts a chain of fills may reach: each next cadre fills the post the one before left short.</summary>
    private const int ChainDepth = 2;

    private readonly SearchPlan _plan = plan;

    public bool Improve()
    {
        var improved = false;
        foreach (var (post, opens, closes) in _plan.Vacancies(_plan.Rows))
        {
            if (_plan.TimeUp()) break;
            for (var s = opens; s < Math.Min(closes, opens + FillWindow); s++)
                if (Fill(new Draft(_plan.Rows, _plan.Trainings), post, s, closes, ChainDepth))
                {
                    improved = true;
                    break;
                }
        }
        return improved;
    }

    /// <summary>
    /// Someone takes the post at month s: until their own stint would have ended, for good, or while the post is short;
    /// or for good in place of whoever arrives when the shortage ends, who then stays where they were. A change that
    /// keeps the rules yet leaves the cadre's own post short is followed by filling that post in turn.
    /// </summary>
    private bool Fill(Draft draft, Post post, int s, int closes, int depth)
    {
        var (arrival, undone) = _plan.WithoutArrival(draft.Rows, post, closes);
        foreach (var cadre in _plan.Order)
        {
            if (_plan.TimeUp()) return false;
            var row = draft.Rows[cadre.Id];
            if (row[s] == post.Id || !_plan.Filter.MayStart(draft.Rows, cadre, post, s)) continue;
            var stintEnd = s;
            while (stintEnd < row.Length && row[stintEnd] == row[s]) stintEnd++;
            var leave = _plan.Presence[cadre.Id].Leave;
            var tries = new[] { stintEnd, leave, Math.Min(closes, leave) }.Where(e => e > s).Distinct().Select(e => (Rows: draft.Rows, End: e));
            if (undone is not null && arrival != cadre.Id) tries = tries.Append((undone, leave));
            foreach (var (before, end) in tries)
            {
                if (!_plan.Filter.Admits(before, cadre, post, s, end)) continue;
                var rows = before.With(cadre.Id, Draft.Filled(row, post.Id, s, end));
                foreach (var trainings in _plan.Courses.For(cadre, post, s, draft.Trainings))
                {
                    var vacated = depth > 0 && row[s] is { } left && _plan.Posts[left] is { Critical: false, Min: > 0 } opened ? opened : null;
                    var mayImprove = _plan.MayImprove(rows, trainings);
                    if ((!mayImprove && vacated is null) || _plan.Judge.Judge(rows, trainings) is not { } verdict) continue;
                    if (mayImprove && _plan.Improves(rows, trainings, verdict)) return true;
                    if (vacated is not null && Fill(new Draft(rows, trainings), vacated, s, end, depth - 1)) return true;
                }
            }
        }
        return false;
    }
}
