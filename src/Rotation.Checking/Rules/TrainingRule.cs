using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>
/// H10: a course is taken in one of its sessions, inside the horizon, while present for its whole length; one course at
/// a time per cadre; no session over capacity.
/// </summary>
public sealed class TrainingRule : IPlanRule
{
    public string Code => HardRule.Training.Code;
    public string Id => HardRule.Training.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var enrolments = new List<(CadreView Cadre, Enrolment Enrolment)>();
        foreach (var row in plan.Plan.Trainings)
        {
            if (!plan.ById.TryGetValue(row.Cadre, out var cadre))
            {
                yield return new(Code, Id, $"training for a cadre the scenario does not know (course {row.Course})", row.Cadre, null, row.Start);
                continue;
            }
            var e = plan.ToEnrolment(row);
            if (e.Course is null)
            {
                yield return new(Code, Id, $"unknown course {row.Course}", row.Cadre, null, row.Start);
                continue;
            }
            enrolments.Add((cadre, e));
            if (!e.Course.Sessions.Any(s => s.ToString() == row.Start))
                yield return new(Code, Id, $"course {row.Course} has no session starting {row.Start}", row.Cadre, null, row.Start);
            if (e.Start < 0 || e.End > plan.Months)
                yield return new(Code, Id, $"course {row.Course} ({e.Course.Months} months) does not fit in the horizon", row.Cadre, null, row.Start);
            else if (Enumerable.Range(e.Start, e.Course.Months).Any(t => !cadre.IsPresentAt(t)))
                yield return new(Code, Id, $"course {row.Course} runs in a month the cadre is not present", row.Cadre, null, row.Start);
        }
        foreach (var mine in enrolments.GroupBy(x => x.Cadre.Id))
        {
            var list = mine.OrderBy(x => x.Enrolment.Start).ToArray();
            var running = 0;
            for (var i = 1; i < list.Length; i++)
            {
                if (list[i].Enrolment.Start < list[running].Enrolment.End)
                    yield return new(Code, Id, $"course {list[i].Enrolment.Row.Course} starts before {list[running].Enrolment.Row.Course} ends; one course at a time",
                        mine.Key, null, list[i].Enrolment.Row.Start);
                if (list[i].Enrolment.End > list[running].Enrolment.End) running = i;
            }
        }
        foreach (var session in enrolments.GroupBy(x => (x.Enrolment.Row.Course, x.Enrolment.Row.Start)))
            if (session.First().Enrolment.Course!.Capacity is { } capacity && session.Count() > capacity)
                yield return new(Code, Id, $"session of {session.Key.Course} has {session.Count()} trainees; capacity {capacity}",
                    null, null, session.Key.Start);
    }
}
