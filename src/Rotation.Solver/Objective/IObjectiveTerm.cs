using Google.OrTools.Sat;
using Rotation.Solver.Model;

namespace Rotation.Solver.Objective;

/// <summary>
/// One raw count of SPEC §4. <see cref="Build"/> posts whatever the count needs and returns an expression the
/// objective weighs; <see cref="Evaluate"/> gives the exact count of a solution, used for the plan's <c>terms</c>.
/// </summary>
internal interface IObjectiveTerm
{
    string Id { get; }

    /// <summary>The term's weight from the scenario's policy.</summary>
    long Weight(Domain.Scenarios.Weights weights);

    LinearExpr Build(RotationModel model);

    long Evaluate(Func<LinearExpr, long> value);
}
