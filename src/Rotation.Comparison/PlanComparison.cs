using System.Collections.Immutable;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using CheckedView = Rotation.Checking.PlanView;
using OutputView = Rotation.Outputs.Views.PlanView;

namespace Rotation.Comparison;

/// <summary>A plan to compare, with the name it is shown under (its file, or a candidate's name).</summary>
public sealed record NamedPlan(string Name, Plan Plan);

/// <summary>
/// One plan as compared: its rows, its objective and terms as recounted from them (not as the file reports them), its
/// figures, and the checker's verdict, so that a plan that breaks a rule is never compared unawares.
/// </summary>
public sealed record ComparedPlan(string Name, Plan Plan, long Objective, Terms Terms, Kpis Kpis, int Violations)
{
    public PlanStatus Status => Plan.Status;
    public bool Holds => Violations == 0;

    /// <summary>One plan measured on its own, as a comparison measures each of its plans.</summary>
    public static ComparedPlan Of(Scenario scenario, NamedPlan named) => Of(named, new CheckedView(new ScenarioIndex(scenario), named.Plan));

    internal static ComparedPlan Of(NamedPlan named, CheckedView view)
    {
        var terms = ObjectiveRule.Count(view);
        var vacancyMonths = ObjectiveRule.AllTerms.OfType<VacancyTerm>().Single().Items(view).LongCount();
        var violations = PlanChecker.Check(view.Scenario, named.Plan).Violations.Count;
        return new ComparedPlan(named.Name, named.Plan, terms.Objective(view.Scenario.Policy.Weights), terms,
            Kpis.Of(new OutputView(view.Scenario, named.Plan), terms, vacancyMonths), violations);
    }
}

/// <summary>A (cadre, month) cell where the plans do not all agree, with the post of each plan (null: absent).</summary>
public sealed record Difference(string Cadre, string Month, ImmutableArray<string?> Posts);

/// <summary>The reasons of one term for one plan, biggest first, with their sum: the difference the term makes to the score.</summary>
public sealed record TermReasons(string Term, long Subtotal, ImmutableArray<Reason> Reasons);

/// <summary>Consecutive months, <paramref name="First"/> to <paramref name="Last"/>, in which the plans put a cadre in the same differing posts.</summary>
public sealed record DifferenceSpan(string Cadre, string First, string Last, ImmutableArray<string?> Posts);

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
        var compared = plans.Select((p, i) => ComparedPlan.Of(p, views[i])).ToImmutableArray();
        var label = new OutputView(scenario, plans[0].Plan).CadreLabel;
        var why = Enumerable.Range(1, plans.Count - 1).SelectMany(i => Reasons.Explain(i + 1, views[0], views[i], label)).ToImmutableArray();
        return new PlanComparison(scenario, compared, Cells(views), why);
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

    /// <summary>
    /// Why plan <paramref name="plan"/> (counted from 1) scores as it does against plan 1: its reasons by term, the terms
    /// that change the score most first, and within a term the biggest reasons first.
    /// </summary>
    public ImmutableArray<TermReasons> WhyByTerm(int plan) =>
    [
        .. Why.Where(r => r.Plan == plan).GroupBy(r => r.Term)
            .Select(g => new TermReasons(g.Key, g.Sum(r => r.Delta), [.. g.OrderByDescending(r => Math.Abs(r.Delta))]))
            .OrderByDescending(t => Math.Abs(t.Subtotal)),
    ];

    /// <summary>The differences with each cadre's consecutive months of the same posts merged, in cadre then month order.</summary>
    public ImmutableArray<DifferenceSpan> Spans()
    {
        var spans = new List<DifferenceSpan>();
        foreach (var d in Differences)
        {
            var last = spans.Count > 0 ? spans[^1] : null;
            if (last is not null && last.Cadre == d.Cadre && last.Posts.SequenceEqual(d.Posts)
                && YearMonth.Parse(last.Last).AddMonths(1) == YearMonth.Parse(d.Month))
                spans[^1] = last with { Last = d.Month };
            else spans.Add(new DifferenceSpan(d.Cadre, d.Month, d.Month, d.Posts));
        }
        return [.. spans];
    }

    /// <summary>Per plan, its distance to every plan: the cells whose post differs.</summary>
    public int Distance(int a, int b) => Differences.Count(d => d.Posts[a] != d.Posts[b]);
}
