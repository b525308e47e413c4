using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H4: every stint that starts within the horizon is at a post whose grade range holds the cadre's grade.</summary>
public sealed class GradeRule : IPlanRule
{
    public string Code => HardRule.Grade.Code;
    public string Id => HardRule.Grade.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres)
            foreach (var stint in cadre.Stints.Where(s => s.StartsWithinHorizon))
                if (plan.PostOf(stint.Post) is { } post && !post.AdmitsGrade(cadre.Cadre.Grade))
                    yield return new(Code, Id,
                        $"grade {cadre.Cadre.Grade} is outside the post's range {post.MinGrade?.ToString() ?? "-"}..{post.MaxGrade?.ToString() ?? "-"}",
                        cadre.Id, post.Id, plan.Label(stint.Start));
    }
}
