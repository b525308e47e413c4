using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;
using Rotation.Solver.Rules;

namespace Rotation.Solver.WholeModel;

/// <summary>Lists every rule family and objective term, hard rules first in SPEC order, and builds the model from them.</summary>
internal static class ModelBuilder
{
    public static IReadOnlyList<IModelRule> Rules() =>
    [
        new PresenceRule(), new MoveRule(), new HeadcountRule(), new GradeRule(), new CompetencyRule(), new TenureRule(),
        new AvailabilityRule(), new BlackoutRule(), new ThroughputRule(), new TrainingRule(), new AvoidanceRule(),
        new LockedRule(), new NoReturnRule(), new FreezeRule(), new PinRule(),
    ];

    public static IReadOnlyList<IObjectiveTerm> Terms() =>
    [
        new VacancyTerm(), new MovesTerm(), new ExcessMovesTerm(), new TrainingCostTerm(), new CrossOfficeTerm(),
        new PreferenceTerm(), new ChangesTerm(),
    ];

    public static RotationModel Build(Scenario scenario, bool explaining, out IReadOnlyList<IObjectiveTerm> terms, Background? background = null,
        Func<Cadre, Post, bool>? admits = null)
    {
        var model = new RotationModel(scenario, explaining, background, admits);
        foreach (var rule in Rules()) rule.Post(model);
        terms = Terms();
        if (explaining) return model;
        var objective = LinearExpr.NewBuilder();
        foreach (var term in terms)
        {
            var weight = term.Weight(scenario.Policy.Weights);
            var expression = term.Build(model);
            if (weight != 0) objective.AddTerm(expression, weight);
        }
        model.Cp.Minimize(objective);
        return model;
    }
}
