using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>The courses a draft's stints need (rule H5): which enrolments let a cadre start in a post in time.</summary>
internal sealed class Enrolments
{
    private readonly Scenario _part;
    private readonly Dictionary<string, Post> _posts;
    private readonly Dictionary<string, Presence> _presence;
    private readonly string[] _labels;
    private readonly Dictionary<string, int> _monthOf;
    private readonly Dictionary<string, Course> _courses;
    private readonly Dictionary<(string Cadre, string Course), int[]> _sessions = [];

    public Enrolments(Scenario part, Dictionary<string, Post> posts, Dictionary<string, Presence> presence)
    {
        _part = part;
        _posts = posts;
        _presence = presence;
        _labels = [.. part.Horizon.Labels()];
        _monthOf = _labels.Select((label, t) => (label, t)).ToDictionary(x => x.label, x => x.t);
        _courses = part.Courses.ToDictionary(c => c.Id);
    }

    /// <summary>
    /// The enrolments with which the cadre's row keeps H5: for each stint it starts (not the starting one), one more
    /// course where a competency is missing by then; null when some stint cannot get one.
    /// </summary>
    public List<Training>? For(Cadre cadre, string?[] row, List<Training> trainings)
    {
        var (join, leave) = _presence[cadre.Id];
        for (var s = join; s < leave; s++)
        {
            var before = s == join ? (cadre.IsJoiner ? null : cadre.Post) : row[s - 1];
            if (row[s] is not { } post || post == before) continue;
            if (For(cadre, _posts[post], s, trainings).FirstOrDefault() is not { } enough) return null;
            trainings = enough;
        }
        return trainings;
    }

    /// <summary>
    /// The enrolments with which the cadre may start in the post at month s: as they are when every competency is held by
    /// then, else with one more course granting the one missing, in its last session or the one before that ends by s.
    /// </summary>
    public IEnumerable<List<Training>> For(Cadre cadre, Post post, int s, List<Training> trainings)
    {
        string? missing = null;
        foreach (var competency in post.Requires)
        {
            if (Holds(cadre, competency, s, trainings)) continue;
            if (missing is not null) yield break;
            missing = competency;
        }
        if (missing is null)
        {
            yield return trainings;
            yield break;
        }
        foreach (var course in _part.Courses)
        {
            if (course.Grants != missing) continue;
            var tried = 0;
            foreach (var session in LatestSessionsFirst(cadre, course))
                if (session + course.Months <= s && tried++ < 2)
                    yield return [.. trainings, new Training(cadre.Id, course.Id, _labels[session])];
        }
    }

    /// <summary>The sessions of the course the cadre may attend, latest first; looked up for every stint a draft starts.</summary>
    private int[] LatestSessionsFirst(Cadre cadre, Course course) =>
        _sessions.TryGetValue((cadre.Id, course.Id), out var sessions) ? sessions
            : _sessions[(cadre.Id, course.Id)] = [.. Candidates.Sessions(_part, cadre, _presence[cadre.Id], course).OrderDescending()];

    private bool Holds(Cadre cadre, string competency, int s, List<Training> trainings)
    {
        if (cadre.Competencies.Contains(competency)) return true;
        foreach (var training in trainings)
            if (training.Cadre == cadre.Id && _courses.TryGetValue(training.Course, out var course) && course.Grants == competency
                && _monthOf.GetValueOrDefault(training.Start, -1) + course.Months <= s) return true;
        return false;
    }
}
