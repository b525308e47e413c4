using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H11: two cadres who avoid each other never work in the same office in the same month.</summary>
internal sealed class AvoidanceRule : IModelRule
{
    public string Id => HardRule.Avoidance.Id;

    public void Post(RotationModel m)
    {
        var byId = m.Cadres.ToDictionary(c => c.Id);
        var pairs = m.Scenario.Cadres
            .SelectMany(c => c.Avoid.Where(byId.ContainsKey).Select(o => string.CompareOrdinal(c.Id, o) < 0 ? (c.Id, o) : (o, c.Id)))
            .Distinct();
        foreach (var (a, b) in pairs)
        {
            var first = byId[a];
            var second = byId[b];
            for (var t = Math.Max(first.Join, second.Join); t < Math.Min(first.Leave, second.Leave); t++)
                foreach (var office in m.Scenario.Offices)
                {
                    var both = InOffice(first, office.Id, t).Concat(InOffice(second, office.Id, t)).ToList();
                    if (InOffice(first, office.Id, t).Any() && InOffice(second, office.Id, t).Any())
                        m.Require(LinearExpr.Sum(both) <= 1, $"{Id}:{a}:{b}");
                }
        }
        // A fixed cadre's office in a month is closed then to anyone in the model who avoids them.
        foreach (var c in m.Cadres)
            foreach (var offices in m.Background.Avoided(c.Id))
                for (var t = c.Join; t < c.Leave; t++)
                    if (offices[t] is { } office && InOffice(c, office, t).ToList() is { Count: > 0 } there)
                        m.Require(LinearExpr.Sum(there) == 0, $"{Id}:{c.Id}");
    }

    private static IEnumerable<BoolVar> InOffice(CadreVars c, string office, int t) =>
        Enumerable.Range(0, c.Posts.Count).Where(k => c.Posts[k].Office == office).Select(k => c.X[k][t]!);
}
