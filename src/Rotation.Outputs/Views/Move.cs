using System.Collections.Immutable;

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
        var moves = new List<(int T, int Order, Move Move)>();
        var cadres = view.Scenario.Cadres;
        for (var i = 0; i < cadres.Length; i++)
        {
            var cadre = cadres[i];
            var before = cadre.IsJoiner ? null : cadre.Post;
            for (var t = 0; t < view.Plan.Months.Length; t++)
            {
                var now = view.PostAt(cadre.Id, t);
                if (before is not null && now is not null && before != now)
                    moves.Add((t, i, new Move(cadre.Id, view.Plan.Months[t], before, now, view.OfficeOf(before), view.OfficeOf(now))));
                before = now;
            }
        }
        return [.. moves.OrderBy(m => m.T).ThenBy(m => m.Order).Select(m => m.Move)];
    }
}
