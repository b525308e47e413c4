using Google.OrTools.Sat;
using Rotation.Domain.Rules;
using Rotation.Solver.Model;

namespace Rotation.Solver.Rules;

/// <summary>H9: at most maxMovesPerMonth moves a month, and at most maxDeparturesPerOfficePerMonth out of each office.</summary>
internal sealed class ThroughputRule : IModelRule
{
    public string Id => HardRule.Throughput.Id;

    public void Post(RotationModel m)
    {
        var policy = m.Scenario.Policy;
        for (var t = 0; t < m.Months; t++)
        {
            var movers = m.Cadres.Where(c => c.IsMoveMonth(t)).ToList();
            if (policy.MaxMovesPerMonth - m.Background.Moves(t) is { } limit && movers.Count > limit)
                m.Require(LinearExpr.Sum(movers.Select(c => c.MovesAt(t))) <= limit, $"{RuleIds.ThroughputMonth}:{m.Label(t)}");
            if (policy.MaxDeparturesPerOfficePerMonth is not { } perOffice) continue;
            foreach (var office in m.Scenario.Offices)
            {
                var departures = movers
                    .SelectMany(c => Enumerable.Range(0, c.Posts.Count).Where(k => c.Posts[k].Office == office.Id).Select(k => c.Out(k, t)))
                    .ToList();
                var left = perOffice - m.Background.Departures(office.Id, t);
                if (departures.Count > left)
                    m.Require(LinearExpr.Sum(departures) <= left, $"{RuleIds.ThroughputOffice}:{office.Id}:{m.Label(t)}");
            }
        }
    }
}
