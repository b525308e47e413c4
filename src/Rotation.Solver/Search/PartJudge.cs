using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Rules;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Search;

/// <summary>A plan of a part that keeps every rule, with its terms and objective.</summary>
internal sealed record Verdict(Terms Terms, long Objective)
{
    /// <summary>The plan file of the judged rows: the bound is held at most at the objective, and proves it optimal when it gets there.</summary>
    public Plan ToPlan(Scenario scenario, IReadOnlyDictionary<string, string?[]> rows, IEnumerable<Training> trainings, double bound, double seconds)
    {
        var held = Math.Min(Objective, bound);
        return PlanAssembler.Assemble(scenario, new Decisions(rows.ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value), [.. trainings]),
            held >= Objective ? PlanStatus.Optimal : PlanStatus.Feasible, Terms, Objective, held, seconds);
    }
}

/// <summary>
/// Judges a part's plan with the independent checker instead of a CP model: whether it keeps the hard rules H1–H15 of
/// the part and the limits it shares with the rest of the organisation, and what it costs. A few thousand judgements a
/// second on a cluster, so plans a planner would try by hand can be tried by the hundred.
/// </summary>
internal sealed class PartJudge(Scenario part, Func<IReadOnlyDictionary<string, string?[]>, IReadOnlyList<Training>, bool> fitsShared)
{
    /// <summary>The hard rules; H2's move count is a check of the reported terms, which a draft does not have yet.</summary>
    private static readonly IPlanRule[] Hard = [.. PlanChecker.Rules.Where(r => HardRule.IsFamily(r.Id) && r.Id != RuleIds.Moves)];

    private readonly string[] _months = [.. part.Horizon.Labels()];
    private readonly ScenarioIndex _index = new(part);

    public Scenario Part => part;

    /// <summary>The verdict on the plan, or null when it breaks a rule.</summary>
    public Verdict? Judge(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings)
    {
        if (!fitsShared(rows, trainings)) return null;
        var view = View(rows, trainings);
        if (Hard.Any(rule => rule.Check(view).Any())) return null;
        var terms = ObjectiveRule.Count(view);
        return new Verdict(terms, terms.Objective(part.Policy.Weights));
    }

    /// <summary>Every hard rule the plan breaks within the part; the limits shared with the rest are not judged here.</summary>
    public IEnumerable<Violation> Faults(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings)
    {
        var view = View(rows, trainings);
        return Hard.SelectMany(rule => rule.Check(view));
    }

    private PlanView View(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings) =>
        new(_index, new Plan(part.Name, PlanStatus.Feasible, 0, 0, 0, Terms.Zero, [.. _months],
            [.. part.Cadres.Select(c => new Assignment(c.Id, [.. rows[c.Id]]))], [.. trainings], [], [], []));
}
