using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>
/// H2 defines a move (a change between two posts; joining and leaving are not moves). The checker holds the
/// plan's reported move count to that definition.
/// </summary>
public sealed class MoveCountRule : IPlanRule
{
    public string Code => HardRule.Moves.Code;
    public string Id => HardRule.Moves.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var moves = plan.Cadres.Sum(c => c.Moves.Length);
        if (plan.Plan.Terms.Moves != moves)
            yield return new(Code, Id, $"the plan reports {plan.Plan.Terms.Moves} moves but its assignments contain {moves}");
    }
}
