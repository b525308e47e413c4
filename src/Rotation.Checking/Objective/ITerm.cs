namespace Rotation.Checking.Objective;

/// <summary>One raw count of SPEC §4, recomputed from a finished plan.</summary>
public interface ITerm
{
    /// <summary>The term's name in the plan's <c>terms</c> object.</summary>
    string Id { get; }

    long Count(PlanView plan);

    /// <summary>The value the plan reports for this term.</summary>
    long Reported(Domain.Plans.Terms terms);
}
