using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Construction;

/// <summary>
/// The courses a plan's rows need (H5), chosen to keep H7 and H10: for every stint that starts within the horizon, each
/// competency the cadre lacks by then comes from the cheapest course with a session that ends in time, the latest such
/// session first, that overlaps none of the cadre's other courses nor an unavailable month and still has a seat.
/// </summary>
internal sealed class CourseChoice(Scenario part, SharedLimits shared)
{
    private readonly string[] _labels = [.. part.Horizon.Labels()];
    private readonly Dictionary<string, Post> _posts = part.Posts.ToDictionary(p => p.Id);
    private readonly ILookup<string, Course> _granting = part.Courses.OrderBy(c => c.Cost).ToLookup(c => c.Grants);

    /// <summary>
    /// The enrolments, and each stint (cadre number, post, month) for which no course could be found, with the stints
    /// that hold the seats it could have had. Stints are served earliest first across all cadres, each from the latest
    /// session that still fits: seats go first to whoever needs them soonest, which leaves the later sessions to those
    /// who can wait (earliest deadline first).
    /// </summary>
    public (List<Training> Trainings, List<(int Cadre, int Post, int Month)> Unprepared, List<(int Cadre, int Post, int Month)> Crowding) For(
        IReadOnlyList<Cadre> cadres, IReadOnlyDictionary<string, string?[]> rows, Func<string, int> postNumber)
    {
        var trainings = new List<Training>();
        var unprepared = new List<(int, int, int)>();
        var crowding = new List<(int, int, int)>();
        var seated = new Dictionary<(string Course, int Start), List<(int, int, int)>>();
        var seats = new Dictionary<(string, int), int>();
        var held = cadres.Select(_ => new Dictionary<string, int>()).ToArray();
        var busy = cadres.Select(_ => new bool[_labels.Length]).ToArray();
        var presence = cadres.Select(c => Presence.Of(part, c)).ToArray();
        foreach (var (c, post, s) in Stints(cadres, rows, presence).OrderBy(x => x.Month).ThenBy(x => x.Cadre))
        {
            var cadre = cadres[c];
            var missing = _posts[post].Requires.Where(k => !cadre.Competencies.Contains(k) && held[c].GetValueOrDefault(k, int.MaxValue) > s).ToList();
            if (missing.Count == 0) continue;
            var chosen = new List<(Course Course, int Start)>();
            if (!Place(cadre, presence[c], missing, s, busy[c], seats, chosen))
            {
                unprepared.Add((c, postNumber(post), s));
                foreach (var course in missing.SelectMany(k => _granting[k]))
                    foreach (var (session, holders) in seated)
                        if (session.Course == course.Id && session.Start + course.Months <= s) crowding.AddRange(holders);
                continue;
            }
            foreach (var (course, start) in chosen)
            {
                if (!seated.TryGetValue((course.Id, start), out var holders)) seated[(course.Id, start)] = holders = [];
                holders.Add((c, postNumber(post), s));
                held[c][course.Grants] = Math.Min(held[c].GetValueOrDefault(course.Grants, int.MaxValue), start + course.Months);
                trainings.Add(new Training(cadre.Id, course.Id, _labels[start]));
            }
        }
        return (trainings, unprepared, crowding);
    }

    /// <summary>Every stint that starts within the horizon at a post requiring a competency: (cadre number, post, month).</summary>
    private IEnumerable<(int Cadre, string Post, int Month)> Stints(IReadOnlyList<Cadre> cadres, IReadOnlyDictionary<string, string?[]> rows,
        Presence[] presence)
    {
        for (var c = 0; c < cadres.Count; c++)
        {
            var row = rows[cadres[c].Id];
            for (var s = presence[c].Join; s < presence[c].Leave; s++)
            {
                var before = s == presence[c].Join ? (cadres[c].IsJoiner ? null : cadres[c].Post) : row[s - 1];
                if (row[s] is { } post && post != before && _posts[post].Requires.Length > 0) yield return (c, post, s);
            }
        }
    }

    /// <summary>
    /// Places a course for each missing competency, the first one first, trying its sessions in order and undoing a choice
    /// that leaves a later competency none: two courses may fit only one way round. Placed sessions stay marked busy and seated.
    /// </summary>
    private bool Place(Cadre cadre, Presence presence, List<string> missing, int by, bool[] busy, Dictionary<(string, int), int> seats,
        List<(Course Course, int Start)> chosen)
    {
        if (chosen.Count == missing.Count) return true;
        foreach (var course in _granting[missing[chosen.Count]])
            foreach (var start in Candidates.Sessions(part, cadre, presence, course).Where(s => s + course.Months <= by).OrderDescending())
            {
                if (Enumerable.Range(start, course.Months).Any(t => busy[t])) continue;
                if (shared.SeatsLeft(course, _labels[start]) is { } left && seats.GetValueOrDefault((course.Id, start)) >= left) continue;
                Take(course, start, busy, seats, +1);
                chosen.Add((course, start));
                if (Place(cadre, presence, missing, by, busy, seats, chosen)) return true;
                chosen.RemoveAt(chosen.Count - 1);
                Take(course, start, busy, seats, -1);
            }
        return false;
    }

    private static void Take(Course course, int start, bool[] busy, Dictionary<(string, int), int> seats, int sign)
    {
        for (var t = start; t < start + course.Months; t++) busy[t] = sign > 0;
        seats[(course.Id, start)] = seats.GetValueOrDefault((course.Id, start)) + sign;
    }
}
