using Rotation.Domain.Plans;

namespace Rotation.Checking.Objective;

/// <summary>
/// §4: every reported term equals its recount, the objective equals the weighted formula over the terms, and the
/// bound is consistent with the status. (The move count is H2's to report.)
/// </summary>
public sealed class ObjectiveRule : IPlanRule
{
    public static readonly IReadOnlyList<ITerm> AllTerms =
    [
        new VacancyTerm(), new MovesTerm(), new ExcessMovesTerm(), new TrainingCostTerm(), new CrossOfficeTerm(),
        new PreferenceTerm(), new ChangesTerm(),
    ];

    /// <summary>The seven counts of a plan's assignments and trainings, whatever terms it reports.</summary>
    public static Terms Count(PlanView plan)
    {
        var counts = AllTerms.Select(t => t.Count(plan)).ToArray();
        return new(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    public string Code => "§4";
    public string Id => "objective";

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var term in AllTerms.Where(t => t is not MovesTerm))
        {
            var count = term.Count(plan);
            if (count != term.Reported(plan.Plan.Terms))
                yield return new(Code, $"terms.{term.Id}", $"the plan reports {term.Reported(plan.Plan.Terms)} but the assignments give {count}");
        }
        var formula = plan.Plan.Terms.Objective(plan.Scenario.Policy.Weights);
        if (plan.Plan.Objective is not { } objective)
        {
            yield return new(Code, Id, $"a plan with status {plan.Plan.Status} must give its objective ({formula} by the formula)");
            yield break;
        }
        if (objective != formula)
            yield return new(Code, Id, $"objective {objective} differs from the weighted sum of its terms, {formula}");
        if (plan.Plan.BestBound is not { } bound)
            yield return new(Code, "objective.bound", "a plan must give its bestBound");
        else if (bound > objective + 1e-6)
            yield return new(Code, "objective.bound", $"bestBound {bound} is above the objective {objective}; a lower bound cannot be");
        else if (plan.Plan.Status == PlanStatus.Optimal && Math.Abs(bound - objective) > 1e-6)
            yield return new(Code, "objective.bound", $"an Optimal plan's bestBound {bound} must equal its objective {objective}");
    }
}
