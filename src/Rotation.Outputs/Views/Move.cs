using System.Collections.Immutable;
using Rotation.Domain.Plans;

namespace Rotation.Outputs.Views;

/// <summary>
/// One move of the plan: a cadre present in one post the month before (or starting the horizon in it) and in another
/// post in <see cref="Month"/>. Joining and leaving are not moves, as in the objective's count.
/// </summary>
public sealed record Move(string Cadre, string Month, string From, string To, string FromOffice, string ToOffice)
{
    public bool CrossesOffices => FromOffice != ToOffice;

    /// <summary>Every move of the plan by month, then in the scenario's cadre order.</summary>
    public static ImmutableArray<Move> Of(PlanView view)
    {
        var posts = view.Plan.Assignments.ToDictionary(a => a.Cadre, a => (IReadOnlyList<string?>)a.Posts);
        // The changes come in cadre order, so a stable sort by month keeps that order within each month.
        return [.. Timeline.Changes(view.Scenario, posts)
            .Where(c => c is { Left: not null, Entered: not null })
            .OrderBy(c => c.Month)
            .Select(c => new Move(c.Cadre.Id, view.Plan.Months[c.Month], c.Left!, c.Entered!, view.OfficeOf(c.Left!), view.OfficeOf(c.Entered!)))];
    }
}
