using Rotation.Domain.Scenarios;

namespace Rotation.Checking.Objective;

/// <summary>
/// What one item of a term counts, and who is behind it: a cadre where there is one, the post and month where there
/// is one, and the office or course the item is about (a new office, a course taken).
/// </summary>
public sealed record TermItem(string? Cadre, string? Post, int? Month, string? Subject, long Count);

/// <summary>One raw count of SPEC §4, recomputed from a finished plan, item by item.</summary>
public interface ITerm
{
    /// <summary>The term's name in the plan's <c>terms</c> object.</summary>
    string Id { get; }

    /// <summary>The term's factor in the objective, with its sign: rewards (crossOffice, preference) are negative.</summary>
    long Weight(Weights weights);

    /// <summary>The plan's count, in items that add up to it; items of the same key never repeat.</summary>
    IEnumerable<TermItem> Items(PlanView plan);

    long Count(PlanView plan) => Items(plan).Sum(i => i.Count);

    /// <summary>The value the plan reports for this term.</summary>
    long Reported(Domain.Plans.Terms terms);
}
