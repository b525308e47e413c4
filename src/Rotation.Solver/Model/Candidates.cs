using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// Reductions made before any variable exists: the posts a cadre could ever hold and the course sessions they could
/// ever take. A post is a candidate when it is the starting post, a published or pinned post, or a post whose grade range holds
/// the cadre and whose every required competency is held or reachable through a usable course session. When explaining
/// infeasibility every post is a candidate instead: a post closed by grade or competency is then closed by the guarded
/// grade and competency rules, so a conflict names them (otherwise a joiner no post admits would be infeasible with no
/// rule to name, and a cadre with nowhere to go would be reported under tenure alone).
/// </summary>
internal static class Candidates
{
    public static IReadOnlyList<Post> PostsFor(Scenario scenario, Cadre cadre, Presence presence, bool everyPost = false)
    {
        if (everyPost)
        {
            var starting = cadre.IsJoiner ? null : scenario.Posts.FirstOrDefault(p => p.Id == cadre.Post);
            return starting is null ? scenario.Posts : [starting, .. scenario.Posts.Where(p => p.Id != starting.Id)];
        }
        var index = new Dictionary<string, Post>(scenario.Posts.Length);
        foreach (var p in scenario.Posts) index[p.Id] = p;
        var chosen = new List<Post>();
        // Membership by id: a list search compares whole post records, which made this quadratic in the posts (seconds
        // on scenarios of thousands of posts).
        var ids = new HashSet<string>();
        void Add(Post p)
        {
            if (ids.Add(p.Id)) chosen.Add(p);
        }
        if (!cadre.IsJoiner && cadre.Post is { } start) Add(index[start]);
        if (scenario.Published?.Assignments.FirstOrDefault(r => r.Cadre == cadre.Id) is { } row)
            foreach (var p in row.Posts.OfType<string>()) Add(index[p]);
        foreach (var p in FixedCells.PinnedPostIds(scenario, cadre, presence)) Add(index[p]);
        if (cadre.Locked && !cadre.IsJoiner) return chosen;
        var reachable = cadre.Competencies.ToHashSet();
        foreach (var course in scenario.Courses)
            if (Sessions(scenario, cadre, presence, course).Any()) reachable.Add(course.Grants);
        foreach (var p in scenario.Posts)
            if (p.AdmitsGrade(cadre.Grade) && p.Requires.All(reachable.Contains)) Add(p);
        return chosen;
    }

    /// <summary>Per competency, the first month a course the cadre can take has granted it (H5, H10).</summary>
    public static Dictionary<string, int> Readiness(Scenario scenario, Cadre cadre, Presence presence)
    {
        var ready = new Dictionary<string, int>();
        foreach (var course in scenario.Courses)
            foreach (var s in Sessions(scenario, cadre, presence, course))
                ready[course.Grants] = Math.Min(ready.GetValueOrDefault(course.Grants, int.MaxValue), s + course.Months);
        return ready;
    }

    /// <summary>Session start months (horizon indices) in which the cadre can take the course under H7 and H10.</summary>
    public static IEnumerable<int> Sessions(Scenario scenario, Cadre cadre, Presence presence, Course course)
    {
        var horizon = scenario.Horizon;
        foreach (var session in course.Sessions.Distinct())
        {
            var s = horizon.IndexOf(session);
            if (s < 0 || s + course.Months > horizon.Months) continue;
            if (s < presence.Join || s + course.Months > presence.Leave) continue;
            if (Enumerable.Range(s, course.Months).Any(t => cadre.IsUnavailableIn(horizon.MonthAt(t)))) continue;
            yield return s;
        }
    }
}

/// <summary>The months a cadre is present, [Join, Leave) as horizon indices clamped to the horizon.</summary>
internal readonly record struct Presence(int Join, int Leave)
{
    public static Presence Of(Scenario scenario, Cadre cadre)
    {
        var h = scenario.Horizon;
        var join = cadre.Joins is { } j ? Math.Clamp(h.IndexOf(j), 0, h.Months) : 0;
        var leave = cadre.Leaves is { } l ? Math.Clamp(h.IndexOf(l), 0, h.Months) : h.Months;
        return new Presence(join, Math.Max(join, leave));
    }

    public bool Contains(int t) => t >= Join && t < Leave;

    /// <summary>The months a cadre held their starting post before the horizon (their <c>since</c>); 0 without one.</summary>
    public static int MonthsBefore(Scenario scenario, Cadre cadre) => cadre.Since is { } since ? scenario.Horizon.Start.MonthsSince(since) : 0;

    /// <summary>Per month of the horizon, whether the cadre is unavailable then (H7): read in loops over months.</summary>
    public static bool[] Away(Scenario scenario, Cadre cadre) =>
        [.. Enumerable.Range(0, scenario.Horizon.Months).Select(t => cadre.IsUnavailableIn(scenario.Horizon.MonthAt(t)))];
}
