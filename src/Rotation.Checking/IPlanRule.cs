namespace Rotation.Checking;

/// <summary>One rule of the contract checked over a finished plan.</summary>
public interface IPlanRule
{
    /// <summary>The SPEC's name of the rule: "H1" … "H15", "§4", "§5".</summary>
    string Code { get; }

    /// <summary>The stable id of the rule family, shared with the solver ("tenure", "blackout", …).</summary>
    string Id { get; }

    IEnumerable<Violation> Check(PlanView plan);
}
