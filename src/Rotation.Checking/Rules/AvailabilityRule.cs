using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H7: nobody moves or joins a post in a month they are unavailable, and no course overlaps one.</summary>
public sealed class AvailabilityRule : IPlanRule
{
    public string Code => HardRule.Availability.Code;
    public string Id => HardRule.Availability.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var cadre in plan.Cadres)
        {
            bool Unavailable(int t) => cadre.Cadre.IsUnavailableIn(plan.Scenario.Horizon.MonthAt(t));
            foreach (var t in cadre.Moves.Where(Unavailable))
                yield return new(Code, Id, "moves in a month the cadre is unavailable", cadre.Id, cadre.PostAt(t), plan.Label(t));
            var joinsWithin = cadre.Cadre.IsJoiner && cadre.JoinIndex < plan.Months && plan.Scenario.Horizon.Contains(cadre.Cadre.Joins!.Value);
            if (joinsWithin && cadre.PostAt(cadre.JoinIndex) is not null && Unavailable(cadre.JoinIndex))
                yield return new(Code, Id, "joins a post in a month the cadre is unavailable", cadre.Id, cadre.PostAt(cadre.JoinIndex), plan.Label(cadre.JoinIndex));
            foreach (var enrolment in cadre.Enrolments.Where(e => e.Course is not null))
                for (var t = Math.Max(0, enrolment.Start); t < Math.Min(plan.Months, enrolment.End); t++)
                    if (Unavailable(t))
                        yield return new(Code, Id, $"course {enrolment.Row.Course} runs in a month the cadre is unavailable", cadre.Id, null, plan.Label(t));
        }
    }
}
