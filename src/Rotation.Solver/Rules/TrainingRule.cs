using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H10: one course at a time per cadre and no session over capacity (sessions, horizon and presence are met by construction).</summary>
internal sealed class TrainingRule : IModelRule
{
    public string Id => HardRule.Training.Id;

    public void Post(RotationModel m)
    {
        foreach (var c in m.Cadres.Where(c => c.Enrolments.Count > 1))
            for (var t = 0; t < m.Months; t++)
            {
                var running = c.Enrolments.Where(e => e.Covers(t)).Select(e => e.Taken).ToList();
                if (running.Count > 1) m.Guard(m.Cp.AddAtMostOne(running), $"{Id}:{c.Id}");
            }
        foreach (var session in m.Cadres.SelectMany(c => c.Enrolments).GroupBy(e => (e.Course, e.Start)))
            if (session.Key.Course.Capacity - m.Background.Seats(session.Key.Course.Id, session.Key.Start) is { } capacity && session.Count() > capacity)
                m.Require(LinearExpr.Sum(session.Select(e => e.Taken)) <= capacity, $"{Id}:{session.Key.Course.Id}:{m.Label(session.Key.Start)}");
    }
}
