using System.Collections.Immutable;
using Rotation.Comparison;

namespace Rotation.Experiments.Reports;

/// <summary>A figure the experiment reports per cell and summarises per variant: its key (results.csv column, summary.json key) and label.</summary>
public sealed record ExperimentKpi(string Key, string Label, Func<ComparedPlan, double> Value);

/// <summary>
/// The figures of an experiment: the objective, the seven terms of SPEC §4 under their own names, then the §7 figures
/// under their compare.json names, where they differ from a term's (moves and training cost are terms; moves per office
/// are columns of results.csv only).
/// </summary>
public static class ExperimentKpis
{
    public static readonly ImmutableArray<ExperimentKpi> All =
    [
        new("objective", "objective (lower is better)", p => p.Objective),
        new("vacancy", "vacancy (post-months short)", p => p.Terms.Vacancy),
        new("moves", "moves", p => p.Terms.Moves),
        new("excessMoves", "moves beyond the fair share", p => p.Terms.ExcessMoves),
        new("trainingCost", "training cost", p => p.Terms.TrainingCost),
        new("crossOffice", "new cross-office experiences", p => p.Terms.CrossOffice),
        new("preference", "preference weight met", p => p.Terms.Preference),
        new("changes", "changes to the published plan", p => p.Terms.Changes),
        new("crossOfficeMoves", "moves to another office", p => p.Kpis.CrossOfficeMoves),
        new("trainingSeats", "training seats", p => p.Kpis.TrainingSeats),
        new("vacancyMonths", "months a non-critical post is short", p => p.Kpis.VacancyMonths),
        new("movers", "people who move", p => p.Kpis.Movers),
        new("movesGini", "Gini of moves per person", p => p.Kpis.MovesGini),
        new("preferenceMet", "preference weight met (the §7 figure, equal to the term)", p => p.Kpis.PreferenceMet),
    ];

    public static ExperimentKpi Get(string key) => All.Single(k => k.Key == key);
}
