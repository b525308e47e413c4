using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;

namespace Rotation.Solver;

/// <summary>The ways a scenario can be solved; <see cref="Strategy.Choose"/> picks one.</summary>
internal enum Method
{
    /// <summary>One CP-SAT model over months (<c>WholeModel.MonthlySolver</c>).</summary>
    WholeModel,

    /// <summary>Column generation over whole careers, then CP-SAT over them (<c>Careers.CareerSolver</c>).</summary>
    Careers,

    /// <summary>Office clusters, a first plan by negotiation, and a local search (<c>Decomposition.OfficeClusters</c>).</summary>
    OfficeClusters,
}

/// <summary>Which method solves a scenario, and every size threshold that decides it, in one place.</summary>
internal static class Strategy
{
    /// <summary>
    /// Scenarios of at least this many cadres in more than one office are cut into office clusters: one model of
    /// hundreds of cadres does not fit, and from about this size the clusters' local search beats the careers.
    /// </summary>
    public const int ClustersFromCadres = 50;

    /// <summary>Whole careers are tried up to this many cadres: beyond it the columns outgrow the time limit.</summary>
    public const int CareersUpToCadres = 80;

    /// <summary>A career's offices are kept as bits of a 64-bit mask.</summary>
    public const int CareersUpToOffices = 64;

    /// <summary>A whole-model solve of at least this time limit ends with a local search of its plan.</summary>
    public const double PolishFromSeconds = 30;

    public static Method Choose(Scenario scenario, SolveOptions options) =>
        ClustersApply(scenario) ? Method.OfficeClusters
        : CareersApply(scenario, options) ? Method.Careers
        : Method.WholeModel;

    /// <summary>The clusters' bound is <see cref="LowerBound"/>, valid only without negative weights.</summary>
    internal static bool ClustersApply(Scenario scenario) =>
        scenario.Cadres.Length >= ClustersFromCadres && scenario.Offices.Length > 1 && LowerBound.Applies(scenario.Policy.Weights);

    /// <summary>
    /// The pricing's cut-offs need every cost a career pays beyond its months to be a cost, not a reward; a solve that
    /// posts extra constraints (a cluster's) has no careers of them.
    /// </summary>
    internal static bool CareersApply(Scenario scenario, SolveOptions options)
    {
        var w = scenario.Policy.Weights;
        return options.Constrain is null && scenario.Cadres.Length <= CareersUpToCadres && w.Move >= 0 &&
               w.ExcessMoves >= 0 && w.TrainingCost >= 0 && w.Vacancy >= 0 && scenario.Offices.Length <= CareersUpToOffices;
    }
}
