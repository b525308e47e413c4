using System.Collections.Immutable;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using CheckedView = Rotation.Checking.PlanView;
using OutputView = Rotation.Outputs.Views.PlanView;

namespace Rotation.Comparison;

/// <summary>A plan to compare, with the name it is shown under (its file, or a candidate's name).</summary>
public sealed record NamedPlan(string Name, Plan Plan);

/// <summary>
/// One plan as compared: its objective and terms as recounted from its rows (not as the file reports them), its
/// figures, and the checker's verdict, so that a plan that breaks a rule is never compared unawares.
/// </summary>
public sealed record ComparedPlan(string Name, PlanStatus Status, long Objective, Terms Terms, Kpis Kpis, int Violations)
{
    public bool Holds => Violations == 0;
}

/// <summary>A (cadre, month) cell where the plans do not all agree, with the post of each plan (null: absent).</summary>
public sealed record Difference(string Cadre, string Month, ImmutableArray<string?> Posts);

/// <summary>Two or more plans of one scenario side by side: the first is the reference each other plan is explained against.</summary>
public sealed record PlanComparison(Scenario Scenario, ImmutableArray<ComparedPlan> Plans, ImmutableArray<Difference> Differences,
    ImmutableArray<Reason> Why)
{
    public static PlanComparison Of(Scenario scenario, IReadOnlyList<NamedPlan> plans)
    {
        if (plans.Count < 2) throw new ArgumentException("a comparison needs two plans or more", nameof(plans));
        if (plans.FirstOrDefault(p => !p.Plan.HasAssignments) is { } empty)
            throw new ArgumentException($"{empty.Name} has no assignments (status {empty.Plan.Status}); only plans can be compared", nameof(plans));
        var index = new ScenarioIndex(scenario);
        var views = plans.Select(p => new CheckedView(index, p.Plan)).ToArray();
        var compared = plans.Select((p, i) => Compared(p, views[i])).ToImmutableArray();
        var why = Enumerable.Range(1, plans.Count - 1).SelectMany(i => Reasons.Explain(i + 1, views[0], views[i])).ToImmutableArray();
        return new PlanComparison(scenario, compared, Cells(views), why);
    }

    private static ComparedPlan Compared(NamedPlan named, CheckedView view)
    {
        var terms = ObjectiveRule.Count(view);
        var vacancyMonths = ObjectiveRule.AllTerms.OfType<VacancyTerm>().Single().Items(view).LongCount();
        var violations = PlanChecker.Check(view.Scenario, named.Plan).Violations.Count;
        return new ComparedPlan(named.Name, named.Plan.Status, terms.Objective(view.Scenario.Policy.Weights), terms,
            Kpis.Of(new OutputView(view.Scenario, named.Plan), terms, vacancyMonths), violations);
    }

    private static ImmutableArray<Difference> Cells(CheckedView[] views)
    {
        var result = ImmutableArray.CreateBuilder<Difference>();
        foreach (var cadre in views[0].Cadres)
            for (var t = 0; t < views[0].Months; t++)
            {
                var posts = views.Select(v => v.ById[cadre.Id].PostAt(t)).ToImmutableArray();
                if (posts.Distinct().Skip(1).Any()) result.Add(new Difference(cadre.Id, views[0].Label(t), posts));
            }
        return result.ToImmutable();
    }

    /// <summary>Per plan, its distance to every plan: the cells whose post differs.</summary>
    public int Distance(int a, int b) => Differences.Count(d => d.Posts[a] != d.Posts[b]);
}
