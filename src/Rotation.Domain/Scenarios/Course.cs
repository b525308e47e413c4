using System.Collections.Immutable;
using Rotation.Domain.Time;

namespace Rotation.Domain.Scenarios;

/// <summary>
/// A training course. Taken in the session starting at month s, it occupies months s … s+Months-1
/// and grants <see cref="Grants"/> from month s+Months on.
/// </summary>
/// <param name="Capacity">Seats per session, or null for no limit.</param>
/// <param name="Name">What people call the course, or null when the scenario gives none.</param>
public sealed record Course(string Id, string Grants, int Months, int? Capacity, int Cost, ImmutableArray<YearMonth> Sessions, string? Name = null)
{
    /// <summary>"Security basics (sec-101)", or the bare id for a course without a name.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
