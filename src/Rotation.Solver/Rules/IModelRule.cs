using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>A family of hard rules (SPEC §3) that posts its constraints to the CP model.</summary>
internal interface IModelRule
{
    /// <summary>The stable id of the family, as in the checker and in conflict reports.</summary>
    string Id { get; }

    void Post(RotationModel model);
}
