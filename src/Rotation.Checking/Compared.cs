namespace Rotation.Checking;

/// <summary>
/// The (cadre, month) cells compared with a published plan: the published plan names a post for that cadre and month
/// (matched by month label) and the cadre is present then.
/// </summary>
public static class Compared
{
    public static IEnumerable<(CadreView Cadre, int Month, string Published)> Cells(PlanView plan)
    {
        if (plan.Scenario.Published is not { } published) yield break;
        for (var column = 0; column < published.Months.Length; column++)
        {
            if (Domain.Time.YearMonth.TryParse(published.Months[column]) is not { } month) continue;
            var t = plan.Scenario.Horizon.IndexOf(month);
            if (t < 0 || t >= plan.Months) continue;
            foreach (var row in published.Assignments)
                if (column < row.Posts.Length && row.Posts[column] is { } post &&
                    plan.ById.TryGetValue(row.Cadre, out var cadre) && cadre.IsPresentAt(t))
                    yield return (cadre, t, post);
        }
    }
}
