using Rotation.Domain.Rules;
namespace Rotation.Checking.Rules;

/// <summary>H3: at most max holders of a post each month; a critical post has at least min available holders.</summary>
public sealed class HeadcountRule : IPlanRule
{
    public string Code => HardRule.Headcount.Code;
    public string Id => HardRule.Headcount.Id;

    public IEnumerable<Violation> Check(PlanView plan)
    {
        foreach (var post in plan.Scenario.Posts)
            for (var t = 0; t < plan.Months; t++)
            {
                var holders = plan.HoldersOf(post.Id, t);
                if (holders.Count > post.Max)
                    yield return new(Code, RuleIds.HeadcountMax, $"{holders.Count} holders; the post allows at most {post.Max}", null, post.Id, plan.Label(t));
                if (!post.Critical) continue;
                var month = plan.Scenario.Horizon.MonthAt(t);
                var available = holders.Count(c => !c.Cadre.IsUnavailableIn(month));
                if (available < post.Min)
                    yield return new(Code, RuleIds.HeadcountMin, $"{available} available holders; the critical post needs at least {post.Min}", null, post.Id, plan.Label(t));
            }
    }
}
