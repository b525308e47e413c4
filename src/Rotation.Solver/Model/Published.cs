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
}
