using System.Collections.Immutable;
using System.Globalization;
using Rotation.Checking.Objective;
using Rotation.Outputs.Views;
using static Rotation.Comparison.CompareWording;

namespace Rotation.Comparison;

/// <summary>
/// One line of the side-by-side table: its key (as compare.json names the value, and compare.html's data-kpi), what it
/// counts, and its value in each plan as printed.
/// </summary>
public sealed record KpiRow(string Key, string Label, ImmutableArray<string> Values);

/// <summary>The lines compare.md and compare.html print side by side: the score and its parts, then the figures.</summary>
public static class KpiTable
{
    /// <summary>The score, its difference to plan 1, whether the plan keeps every rule, and the seven parts of the score.</summary>
    public static ImmutableArray<KpiRow> Score(PlanComparison comparison)
    {
        var plans = comparison.Plans;
        var weights = comparison.Scenario.Policy.Weights;
        var rows = new List<KpiRow>
        {
            Row("objective", "score (lower is better)", plans, p => Number(p.Objective)),
            new("difference", "against plan 1", [.. plans.Select((p, i) => i == 0 ? "—" : Signed(p.Objective - plans[0].Objective))]),
            Row("holds", "keeps every rule", plans, p => p.Holds ? "yes" : $"no: breaks {Count(p.Violations, "rule")}"),
        };
        foreach (var term in ObjectiveRule.AllTerms)
        {
            var points = term.Weight(weights);
            rows.Add(Row($"terms.{term.Id}", $"{Term(term.Id)} · {Count(points, "point")} each", plans, p => Part(points, term.Reported(p.Terms))));
        }
        return [.. rows];
    }

    /// <summary>The figures leadership compares plans by, besides the score.</summary>
    public static ImmutableArray<KpiRow> Figures(PlanComparison comparison)
    {
        var plans = comparison.Plans;
        var names = new PlanView(comparison.Scenario, plans[0].Plan);
        var rows = new List<KpiRow> { Row("moves", "moves (people changing post)", plans, p => Number(p.Kpis.Moves)) };
        foreach (var office in comparison.Scenario.Offices)
            rows.Add(Row($"movesByOffice.{office.Id}", $"moves out / in: {names.OfficeName(office.Id)}", plans, p => OutIn(p.Kpis, office.Id)));
        rows.AddRange(
        [
            Row("crossOfficeMoves", "moves to another office", plans, p => Number(p.Kpis.CrossOfficeMoves)),
            Row("trainingSeats", "training places booked", plans, p => Number(p.Kpis.TrainingSeats)),
            Row("trainingCost", "training cost", plans, p => Number(p.Kpis.TrainingCost)),
            Row("vacancyMonths", "months a non-critical post is short", plans, p => Number(p.Kpis.VacancyMonths)),
            Row("movers", "people who move", plans, p => Number(p.Kpis.Movers)),
            Row("movesGini", "spread of moves (Gini: 0 all alike, towards 1 a few move a lot)", plans,
                p => p.Kpis.MovesGini.ToString("0.00", CultureInfo.InvariantCulture)),
            Row("preferenceMet", "wishes met (their weights over the months)", plans, p => Number(p.Kpis.PreferenceMet)),
        ]);
        return [.. rows];
    }

    /// <summary>A part of the score: its points, and the count behind them in brackets ("200 (2)"); "0" when nothing counts.</summary>
    private static string Part(long points, long count) => count == 0 ? "0" : $"{Number(points * count)} ({Number(count)})";

    private static string OutIn(Kpis kpis, string office)
    {
        var moves = kpis.MovesByOffice.Single(o => o.Office == office);
        return $"{Number(moves.Out)} / {Number(moves.In)}";
    }

    private static KpiRow Row(string key, string label, ImmutableArray<ComparedPlan> plans, Func<ComparedPlan, string> value) =>
        new(key, label, [.. plans.Select(value)]);
}
