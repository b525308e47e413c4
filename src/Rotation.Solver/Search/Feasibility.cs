using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>
/// Necessary conditions for a change to keep the rules that cost nothing to test (grade, presence, availability,
/// blackout, minimum and maximum tenure, a free place, a critical post left staffed, the departure limit, a reachable
/// competency): a change that fails them is skipped before the checker is asked.
/// </summary>
internal sealed class Feasibility
{
    private readonly SearchPlan _plan;
    private readonly ScenarioFacts _facts;
    private readonly Scenario _part;
    private readonly Dictionary<string, Post> _posts;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Presence> _presence;
    private readonly Dictionary<string, Cadre> _byId;
    private readonly Dictionary<string, bool[]> _away;

    /// <summary>Per competency, the months of the shortest course that grants it: the earliest month it can be held by.</summary>
    private readonly Dictionary<string, int> _soonestGranted;

    public Feasibility(SearchPlan plan)
    {
        _plan = plan;
        _facts = plan.Facts;
        _part = plan.Part;
        _posts = plan.Posts;
        _offices = plan.Offices;
        _presence = plan.Presence;
        _byId = plan.ById;
        _away = plan.Away;
        _soonestGranted = _part.Courses.GroupBy(c => c.Grants).ToDictionary(g => g.Key, g => g.Min(c => c.Months));
    }

    public bool MayStartWithin(Roster rows, Cadre cadre, Post post, int from, int to)
    {
        for (var s = from; s < to; s++)
            if (MayStart(rows, cadre, post, s)) return true;
        return false;
    }

    /// <summary>
    /// Necessary for the cadre to start a stint in the post at month s: present, not locked, the grade fits, available,
    /// no blackout in either office, the current stint has served its minimum, and the competency is within reach.
    /// </summary>
    public bool MayStart(Roster rows, Cadre cadre, Post post, int s)
    {
        var (join, leave) = _presence[cadre.Id];
        if (cadre.Locked || s < join || s >= leave) return false;
        // Staying on in the post held the month before starts no stint: only the move out, later, is judged.
        if (_plan.Before(rows, cadre, s) == post.Id) return true;
        if (!post.AdmitsGrade(cadre.Grade)) return false;
        var month = _part.Horizon.MonthAt(s);
        if (_away[cadre.Id][s] || _facts.Blackout[post.Office][s]) return false;
        var row = rows[cadre.Id];
        if (_plan.Before(rows, cadre, s) is { } current && _posts.TryGetValue(current, out var held))
        {
            if (_facts.Blackout[held.Office][s]) return false;
            var began = s;
            while (began > join && row[began - 1] == current) began--;
            var starting = began == join && !cadre.IsJoiner && current == cadre.Post;
            var served = s - began + (starting ? _facts.PriorMonthsOf(cadre) : 0);
            if (current != post.Id && served < _facts.CycleOf(held).Min) return false;
        }
        foreach (var competency in post.Requires)
            if (!cadre.Competencies.Contains(competency) && !(_soonestGranted.TryGetValue(competency, out var months) && months <= s)) return false;
        return true;
    }

    /// <summary>
    /// Necessary for the cadre to hold the post in months [from, to): a free place in each of them, a critical post they
    /// would leave still staffed, a stint that ends by a move long enough and none longer than the cycle allows, and room
    /// under the office's departure limit at the month they leave. The plan is <paramref name="rows"/> with up to two
    /// rows replaced, which are not copied into it: most changes tried fail here.
    /// </summary>
    public bool Admits(Roster rows, Cadre cadre, Post post, int from, int to,
        (string Id, string?[] Row)? first = null, (string Id, string?[] Row)? second = null)
    {
        var row = first?.Id == cadre.Id ? first.Value.Row : second?.Id == cadre.Id ? second.Value.Row : rows[cadre.Id];
        var tenure = _facts.CycleOf(post);
        var (join, leave) = _presence[cadre.Id];
        // The stint the months join: with the months of the post held just before and just after them.
        var (begins, end) = (from, to);
        while (begins > join && row[begins - 1] == post.Id) begins--;
        while (end < leave && row[end] == post.Id) end++;
        var starting = begins == join && !cadre.IsJoiner && post.Id == cadre.Post;
        var length = end - begins + (starting ? _facts.PriorMonthsOf(cadre) : 0);
        var endsByMove = end < leave;
        if (!cadre.Locked && (length > tenure.Max || (endsByMove && length < tenure.Min))) return false;
        var counts = _plan.Counts(rows);
        var counted = rows[cadre.Id];
        // Someone else's replaced row, and the row it replaces.
        var (a, wasA) = first is { } f && f.Id != cadre.Id ? (f, rows[f.Id]) : default;
        var (b, wasB) = second is { } g && g.Id != cadre.Id ? (g, rows[g.Id]) : default;
        var number = counts.Number(post.Id);
        (string? Id, Post? Critical) left = (null, null);
        for (var t = from; t < to; t++)
        {
            // Holders of the post, and available holders of a critical post the cadre would leave, besides the cadre.
            var holders = counts.Holders(number, t) - (counted[t] == post.Id ? 1 : 0)
                + Change(a.Row, wasA, t, post.Id) + Change(b.Row, wasB, t, post.Id);
            if (holders >= post.Max) return false;
            if (row[t] == post.Id || row[t] is null) continue;
            if (!ReferenceEquals(left.Id, row[t])) left = (row[t], _posts[row[t]!] is { Critical: true } critical ? critical : null);
            if (left.Critical is not { } held) continue;
            var staff = counts.Available(counts.Number(held.Id), t) - (counted[t] == held.Id && !_away[cadre.Id][t] ? 1 : 0)
                + (a.Row is null || _away[a.Id][t] ? 0 : Change(a.Row, wasA, t, held.Id))
                + (b.Row is null || _away[b.Id][t] ? 0 : Change(b.Row, wasB, t, held.Id));
            if (staff < held.Min) return false;
        }
        if (_part.Policy.MaxDeparturesPerOfficePerMonth is { } limit && counts.Before(cadre, row, from) is { } before && before != post.Id)
        {
            var office = _posts[before].Office;
            int Departs(string id, string?[] departing) => counts.DepartsFrom(_byId[id], departing, from) == office ? 1 : 0;
            var departures = counts.Departures(office, from) - Departs(cadre.Id, counted);
            if (a.Row is not null) departures += Departs(a.Id, a.Row) - Departs(a.Id, wasA!);
            if (b.Row is not null) departures += Departs(b.Id, b.Row) - Departs(b.Id, wasB!);
            if (departures >= limit) return false;
        }
        return true;
    }

    /// <summary>How replacing a row changes the post's holders at month t: none when nothing is replaced.</summary>
    private static int Change(string?[]? row, string?[]? was, int t, string post) =>
        row is null ? 0 : (row[t] == post ? 1 : 0) - (was![t] == post ? 1 : 0);
}
