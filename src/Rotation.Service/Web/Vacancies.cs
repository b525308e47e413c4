using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Service.Web;

/// <summary>Months <see cref="First"/> to <see cref="Last"/> in which <see cref="Post"/> is <see cref="Short"/> people below its headcount.</summary>
public sealed record VacancySpan(string Post, string First, string Last, long Short);

/// <summary>Where a plan leaves posts short: the objective's vacancy items, each post's consecutive months of one shortfall merged.</summary>
public static class Vacancies
{
    public static IReadOnlyList<VacancySpan> Of(Scenario scenario, Plan plan)
    {
        var view = new PlanView(scenario, plan);
        var spans = new List<(string Post, int First, int Last, long Short)>();
        var term = ObjectiveRule.AllTerms.OfType<VacancyTerm>().Single();
        foreach (var item in term.Items(view).OrderBy(i => i.Post, StringComparer.Ordinal).ThenBy(i => i.Month))
        {
            var month = item.Month!.Value;
            if (spans.Count > 0 && spans[^1] is var last && last.Post == item.Post && last.Short == item.Count && last.Last == month - 1)
                spans[^1] = last with { Last = month };
            else spans.Add((item.Post!, month, month, item.Count));
        }
        return [.. spans.Select(s => new VacancySpan(s.Post, view.Label(s.First), view.Label(s.Last), s.Short))];
    }
}
