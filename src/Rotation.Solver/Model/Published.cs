namespace Rotation.Solver.Model;

/// <summary>The compared cells of a published plan (SPEC §2): a published post for a cadre present in that month.</summary>
internal static class Published
{
    /// <summary>(cadre, month, candidate index of the published post).</summary>
    public static IEnumerable<(CadreVars Cadre, int Month, int Candidate)> Cells(RotationModel m)
    {
        if (m.Scenario.Published is not { } published) yield break;
        var byId = m.Cadres.ToDictionary(c => c.Id);
        for (var column = 0; column < published.Months.Length; column++)
        {
            if (Domain.Time.YearMonth.TryParse(published.Months[column]) is not { } month) continue;
            var t = m.Scenario.Horizon.IndexOf(month);
            if (t < 0 || t >= m.Months) continue;
            foreach (var row in published.Assignments)
                if (column < row.Posts.Length && row.Posts[column] is { } post && byId.TryGetValue(row.Cadre, out var c) &&
                    c.Presence.Contains(t))
                    yield return (c, t, c.CandidateOf(post));
        }
    }

    /// <summary>Per month of the horizon, the cadre's compared published post (null where none is compared).</summary>
    public static string?[] PostsOf(Domain.Scenarios.Scenario scenario, string cadre, Presence presence)
    {
        var posts = new string?[scenario.Horizon.Months];
        if (scenario.Published is not { } published || published.Assignments.FirstOrDefault(a => a.Cadre == cadre) is not { } row)
            return posts;
        for (var column = 0; column < published.Months.Length && column < row.Posts.Length; column++)
        {
            if (Domain.Time.YearMonth.TryParse(published.Months[column]) is not { } month || row.Posts[column] is not { } post) continue;
            var t = scenario.Horizon.IndexOf(month);
            if (presence.Contains(t) && t < posts.Length) posts[t] = post;
        }
        return posts;
    }
}
