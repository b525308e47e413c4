using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H3: at most max holders per post and month; a critical post keeps min holders who are available.</summary>
internal sealed class HeadcountRule : IModelRule
{
    public string Id => HardRule.Headcount.Id;

    public void Post(RotationModel m)
    {
        foreach (var post in m.Scenario.Posts)
            for (var t = 0; t < m.Months; t++)
            {
                var holders = m.Holders(post.Id, t).ToList();
                var max = post.Max - m.Background.Holders(post.Id, t);
                if (holders.Count > max)
                    m.Require(LinearExpr.Sum(holders.Select(h => h.X)) <= max, $"{RuleIds.HeadcountMax}:{post.Id}:{m.Label(t)}");
                if (!post.Critical || post.Min == 0) continue;
                var month = m.Scenario.Horizon.MonthAt(t);
                var available = holders.Where(h => !h.Cadre.Cadre.IsUnavailableIn(month)).Select(h => h.X);
                m.Require(LinearExpr.Sum(available) >= post.Min - m.Background.Available(post.Id, t), $"{RuleIds.HeadcountMin}:{post.Id}:{m.Label(t)}");
            }
    }
}
