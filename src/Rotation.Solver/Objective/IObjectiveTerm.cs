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

    /// <summary>The term's coefficient in the minimised objective: its policy weight, negated for the rewards of SPEC §4.</summary>
    long Weight(Domain.Scenarios.Weights weights);

    LinearExpr Build(RotationModel model);

    long Evaluate(Func<LinearExpr, long> value);
}
