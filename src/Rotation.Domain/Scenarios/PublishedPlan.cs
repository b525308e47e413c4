using System.Collections.Immutable;

namespace Rotation.Domain.Scenarios;

/// <summary>A plan already announced to staff; re-plans are compared against it (H14, the changes term).</summary>
/// <param name="Months">Month labels "YYYY-MM"; matched to the horizon by label, not by position.</param>
public sealed record PublishedPlan(ImmutableArray<string> Months, ImmutableArray<PublishedRow> Assignments)
{
    /// <summary>The published post of a cadre in a month, or null when it says nothing about it.</summary>
    public string? PostOf(string cadre, string monthLabel)
    {
        var column = Months.IndexOf(monthLabel);
        if (column < 0) return null;
        foreach (var row in Assignments)
            if (row.Cadre == cadre) return row.Posts[column];
        return null;
    }
}

public sealed record PublishedRow(string Cadre, ImmutableArray<string?> Posts);
