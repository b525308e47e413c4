using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Outputs.Exchange;
using Rotation.Outputs.Views;

namespace Rotation.Comparison;

/// <summary>Moves out of and into one office's posts (a move between two posts of the office counts as both).</summary>
public sealed record OfficeMoves(string Office, int Out, int In);

/// <summary>
/// The figures leadership compares plans by, besides the objective's terms: how many move and where, how evenly the
/// moves fall on people, training, vacancy and wishes met, and the office × office exchange.
/// </summary>
/// <param name="CrossOfficeMoves">Moves between posts of two different offices.</param>
/// <param name="VacancyMonths">Non-critical (post, month) pairs short of the post's minimum of available holders.</param>
/// <param name="Movers">Cadres who move at least once.</param>
/// <param name="MovesGini">The Gini coefficient of moves per cadre present in some month: 0 when all move alike, towards 1
/// when a few make all the moves.</param>
public sealed record Kpis(
    int Moves,
    ImmutableArray<OfficeMoves> MovesByOffice,
    int CrossOfficeMoves,
    int TrainingSeats,
    long TrainingCost,
    long VacancyMonths,
    long VacancyShortfall,
    int Movers,
    double MovesGini,
    long PreferenceMet,
    OfficeExchange Exchange)
{
    public static Kpis Of(PlanView view, Terms terms, long vacancyMonths)
    {
        var moves = view.Moves;
        var exchange = OfficeExchange.Of(view);
        var byOffice = exchange.Offices.Select((o, i) => new OfficeMoves(o, exchange.Out(i), exchange.In(i))).ToImmutableArray();
        var perCadre = moves.GroupBy(m => m.Cadre).ToDictionary(g => g.Key, g => g.Count());
        var present = view.Plan.Assignments.Where(a => view.Index.Cadres.ContainsKey(a.Cadre) && a.Posts.Any(p => p is not null)).Select(a => a.Cadre);
        return new Kpis(moves.Length, byOffice, moves.Count(m => m.CrossesOffices), view.Plan.Trainings.Length, terms.TrainingCost,
            vacancyMonths, terms.Vacancy, perCadre.Count, Gini([.. present.Select(c => perCadre.GetValueOrDefault(c))]),
            terms.Preference, exchange);
    }

    /// <summary>Mean absolute difference over all ordered pairs, halved and divided by the mean; 0 for no values or no moves.</summary>
    public static double Gini(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return 0;
        var total = values.Sum(v => (long)v);
        if (total == 0) return 0;
        // Sorted, Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i) with i counted from 0.
        var sorted = values.Order().ToArray();
        double spread = 0;
        for (var i = 0; i < sorted.Length; i++) spread += (2.0 * i - sorted.Length + 1) * sorted[i];
        return spread / ((double)sorted.Length * total);
    }
}
