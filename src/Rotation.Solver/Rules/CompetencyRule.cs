using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>
/// H5: a stint starting at month t needs each required competency, held or granted by a course taken in the plan that
/// ends by t. Also creates the enrolment variables (H10 bounds them).
/// </summary>
internal sealed class CompetencyRule : IModelRule
{
    public string Id => HardRule.Competency.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres)
        {
            var needed = c.Posts.SelectMany(p => p.Requires).Where(r => !c.Cadre.Competencies.Contains(r)).ToHashSet();
            var anyCourse = m.Scenario.Policy.Weights.TrainingCost < 0;
            foreach (var course in m.Scenario.Courses.Where(course => anyCourse || needed.Contains(course.Grants)))
                foreach (var s in Candidates.Sessions(m.Scenario, c.Cadre, c.Presence, course))
                    c.Enrolments.Add(new EnrolmentVar(course, s, m.Cp.NewBoolVar($"enrol[{c.Id},{course.Id},{m.Label(s)}]")));
            for (var k = 0; k < c.Posts.Count; k++)
                foreach (var requirement in c.Posts[k].Requires.Where(needed.Contains))
                    for (var t = c.Join; t < c.Leave; t++)
                    {
                        if (c.Start[k][t] is not { } start) continue;
                        var granting = c.Enrolments.Where(e => e.Course.Grants == requirement && e.End <= t).Select(e => e.Taken);
                        m.Require(start <= LinearExpr.Sum(granting), $"{Id}:{c.Id}");
                    }
        }
    }
}
