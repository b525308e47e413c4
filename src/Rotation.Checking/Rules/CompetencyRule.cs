using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>
/// H5: a stint starting at month t needs each required competency, held already or granted by a planned course that
/// ends by t (session start + months ≤ t).
/// </summary>
public sealed class CompetencyRule : IPlanRule
{
    public string Code => HardRule.Competency.Code;
    public string Id => HardRule.Competency.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres)
            foreach (var stint in cadre.Stints.Where(s => s.StartsWithinHorizon))
            {
                if (plan.PostOf(stint.Post) is not { } post) continue;
                var held = cadre.Cadre.Competencies
                    .Concat(cadre.Enrolments.Where(e => e.Course is not null && e.End <= stint.Start).Select(e => e.Course!.Grants))
                    .ToHashSet();
                var missing = post.Requires.Where(r => !held.Contains(r)).ToArray();
                if (missing.Length > 0)
                    yield return new(Code, Id, $"starts without {string.Join(", ", missing)} (neither held nor trained by then)",
                        cadre.Id, post.Id, plan.Label(stint.Start));
            }
    }
}
