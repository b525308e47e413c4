using System.Collections.Immutable;
using Rotation.Domain.Time;

namespace Rotation.Domain.Scenarios;

public enum PreferenceTarget { Post, Office, WorkNature }

/// <summary>A liking (positive weight) or aversion (negative) for a post, an office or a work nature.</summary>
public sealed record Preference(PreferenceTarget Target, string Id, int Weight);

/// <summary>A decision already taken (rule H15): the cadre holds <paramref name="Post"/> in every month of
/// <paramref name="Months"/> in which they are present.</summary>
public sealed record Pin(string Post, MonthRange Months);

/// <summary>A member of staff who rotates between posts.</summary>
/// <param name="Post">Post held when the horizon starts; null for a joiner.</param>
/// <param name="Since">Month the starting stint began (≤ horizon start); null for a joiner.</param>
/// <param name="Joins">First month present, for someone who arrives during the horizon.</param>
/// <param name="Leaves">First month gone, for someone who leaves during or after the horizon.</param>
/// <param name="Locked">Stays in the current post throughout (rule H12).</param>
/// <param name="Avoid">Cadres who may never work in the same office in the same month (rule H11).</param>
/// <param name="Pins">Decisions already taken (rule H15); no two of them overlap.</param>
public sealed record Cadre(
    string Id,
    string? Name,
    int Grade,
    string? Post,
    YearMonth? Since,
    ImmutableArray<string> Competencies,
    ImmutableArray<string> PastOffices,
    ImmutableArray<Preference> Preferences,
    ImmutableArray<MonthRange> Unavailable,
    YearMonth? Joins,
    YearMonth? Leaves,
    bool Locked,
    ImmutableArray<string> Avoid,
    ImmutableArray<Pin> Pins)
{
    public bool IsJoiner => Joins is not null;

    public bool IsUnavailableIn(YearMonth month) => Unavailable.Any(r => r.Contains(month));

    /// <summary>The post a pin fixes for the month, whether or not the cadre is present then; null when none does.</summary>
    public string? PinnedPostIn(YearMonth month) => Pins.FirstOrDefault(p => p.Months.Contains(month))?.Post;

    public bool IsPresentIn(YearMonth month) =>
        (Joins is null || month >= Joins) && (Leaves is null || month < Leaves);
}
