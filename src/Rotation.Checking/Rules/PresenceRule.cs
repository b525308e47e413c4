using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H1: a present cadre holds exactly one (known) post every month; an absent one holds none. One row per cadre.</summary>
public sealed class PresenceRule : IPlanRule
{
    public string Code => HardRule.Presence.Code;
    public string Id => HardRule.Presence.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var group in plan.Plan.Assignments.GroupBy(a => a.Cadre))
        {
            if (!plan.ById.ContainsKey(group.Key))
                yield return new(Code, Id, "the plan has a row for a cadre the scenario does not know", group.Key);
            else if (group.Count() > 1)
                yield return new(Code, Id, $"the plan has {group.Count()} rows for this cadre; it needs exactly one", group.Key);
            foreach (var row in group.Where(r => r.Posts.Length != plan.Months))
                yield return new(Code, Id, $"the row has {row.Posts.Length} months but the horizon has {plan.Months}", group.Key);
        }
        var withRows = plan.Plan.Assignments.Select(a => a.Cadre).ToHashSet();
        foreach (var cadre in plan.Cadres)
        {
            if (!withRows.Contains(cadre.Id))
            {
                yield return new(Code, Id, "the plan has no row for this cadre", cadre.Id);
                continue;
            }
            for (var t = 0; t < plan.Months; t++)
            {
                var post = cadre.PostAt(t);
                if (cadre.IsPresentAt(t) && post is null)
                    yield return new(Code, Id, "present but holds no post", cadre.Id, null, plan.Label(t));
                else if (!cadre.IsPresentAt(t) && post is not null)
                    yield return new(Code, Id, "holds a post while not present (before joining or after leaving)", cadre.Id, post, plan.Label(t));
                else if (post is not null && plan.PostOf(post) is null)
                    yield return new(Code, Id, "holds a post the scenario does not know", cadre.Id, post, plan.Label(t));
            }
        }
    }
}
