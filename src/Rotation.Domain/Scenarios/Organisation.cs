using System.Collections.Immutable;

namespace Rotation.Domain.Scenarios;

/// <param name="BlackoutMonthsOfYear">Calendar months (1–12) in which no move touches this office (rule H8).</param>
public sealed record Office(string Id, string Name, ImmutableArray<int> BlackoutMonthsOfYear);

/// <summary>The nature of a post's work; it sets the rotation cycle (tenure min/max).</summary>
public sealed record WorkNature(string Id, string Name);

/// <param name="Min">Headcount the post needs; a hard floor only when <paramref name="Critical"/>.</param>
/// <param name="Max">Headcount the post may never exceed.</param>
/// <param name="Requires">Competencies needed to start a stint in the post (rule H5).</param>
/// <param name="MinGrade">Lowest grade that may start a stint here, or null for no bound (rule H4).</param>
/// <param name="MaxGrade">Highest grade that may start a stint here, or null for no bound.</param>
/// <param name="HandoverItems">What the outgoing holder hands over, in the order to hand it.</param>
public sealed record Post(
    string Id,
    string Office,
    string WorkNature,
    string? Title,
    int Min,
    int Max,
    bool Critical,
    ImmutableArray<string> Requires,
    int? MinGrade,
    int? MaxGrade,
    string? Reviewer,
    ImmutableArray<string> HandoverItems)
{
    public bool AdmitsGrade(int grade) => (MinGrade is null || grade >= MinGrade) && (MaxGrade is null || grade <= MaxGrade);
}
