using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H4: no stint starts within the horizon at a post whose grade range leaves the cadre out.</summary>
internal sealed class GradeRule : IModelRule
{
    public string Id => HardRule.Grade.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres)
            for (var k = 0; k < c.Posts.Count; k++)
            {
                if (c.Posts[k].AdmitsGrade(c.Cadre.Grade)) continue;
                foreach (var start in c.Start[k].OfType<Google.OrTools.Sat.BoolVar>())
                    m.Require(start == 0, $"{Id}:{c.Id}");
            }
    }
}
