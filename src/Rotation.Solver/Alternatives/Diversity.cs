using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Solver.Model;

namespace Rotation.Solver.Alternatives;

/// <summary>
/// Keeps a new plan at least <c>distance</c> cells away from each plan found before: for every earlier plan, the
/// (cadre, month) cells present where the new plan holds another post than it number at least the distance, less the
/// cells already apart outside the model (<c>apart</c>: a model of some cadres, the others kept). A cell where the
/// earlier post is no candidate of the cadre's (or the cadre was absent there) always differs.
/// </summary>
internal static class Diversity
{
    public static void Post(RotationModel m, IReadOnlyList<Plan> earlier, int distance, Func<Plan, int>? apart = null)
    {
        foreach (var plan in earlier)
        {
            var rows = plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts);
            var same = LinearExpr.NewBuilder();
            var cells = 0;
            foreach (var c in m.Cadres)
            {
                var row = rows.GetValueOrDefault(c.Id);
                for (var t = c.Join; t < c.Leave; t++)
                {
                    cells++;
                    var post = row.IsDefault ? null : row[t];
                    if (post is not null && c.CandidateOf(post) is var k and >= 0 && c.X[k][t] is { } held) same.Add(held);
                }
            }
            // Cells present − cells kept + cells apart elsewhere ≥ distance.
            m.Cp.Add(same <= cells - distance + (apart?.Invoke(plan) ?? 0));
        }
    }
}
