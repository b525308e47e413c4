namespace Rotation.Domain.Plans;

/// <summary>How far apart two plans of one scenario are: the (cadre, month) cells whose post differs, absence counting as a value.</summary>
public static class PlanDistance
{
    public static int Between(Plan a, Plan b)
    {
        var other = b.Assignments.ToDictionary(r => r.Cadre, r => r.Posts);
        var distance = 0;
        foreach (var row in a.Assignments)
        {
            var theirs = other.GetValueOrDefault(row.Cadre);
            for (var t = 0; t < row.Posts.Length; t++)
                if (row.Posts[t] != (theirs.IsDefault || t >= theirs.Length ? null : theirs[t])) distance++;
        }
        var mine = a.Assignments.Select(r => r.Cadre).ToHashSet();
        distance += b.Assignments.Where(r => !mine.Contains(r.Cadre)).Sum(r => r.Posts.Count(p => p is not null));
        return distance;
    }
}
