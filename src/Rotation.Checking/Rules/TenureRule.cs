using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>
/// H6: (a) a stint started within the horizon and ended by a move lasts at least min months; (b) no stint, counting
/// the months before the horizon for the starting one, lasts more than max — a starting stint already at max must end
/// at month 0; (c) the starting stint may end by a move only once it has lasted min months in all. Locked cadres are exempt.
/// </summary>
public sealed class TenureRule : IPlanRule
{
    public string Code => HardRule.Tenure.Code;
    public string Id => HardRule.Tenure.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres.Where(c => !c.Cadre.Locked))
            foreach (var stint in cadre.Stints)
            {
                if (plan.PostOf(stint.Post) is not { } post) continue;
                var cycle = plan.Scenario.TenureOf(post);
                var total = stint.PriorMonths + stint.Length;
                var label = plan.Label(Math.Min(stint.Start, plan.Months - 1));
                if (stint.StartsWithinHorizon && stint.EndedBy == StintEnd.Move && stint.Length < cycle.Min)
                    yield return new(Code, RuleIds.TenureMin, $"stint of {stint.Length} months ends by a move before the cycle min of {cycle.Min}",
                        cadre.Id, post.Id, label);
                var endsAtMonthZero = stint.IsStarting && stint.Length == 0;
                if (total > cycle.Max && !endsAtMonthZero)
                    yield return new(Code, "tenure.max",
                        stint.IsStarting
                            ? $"stint of {total} months ({stint.PriorMonths} before the horizon) exceeds the cycle max of {cycle.Max}"
                            : $"stint of {total} months exceeds the cycle max of {cycle.Max}",
                        cadre.Id, post.Id, label);
                if (stint.IsStarting && stint.EndedBy == StintEnd.Move && total < cycle.Min)
                    yield return new(Code, "tenure.start",
                        $"the starting stint ends by a move after {total} months in all ({stint.PriorMonths} before the horizon); the cycle min is {cycle.Min}",
                        cadre.Id, post.Id, label);
            }
    }
}
