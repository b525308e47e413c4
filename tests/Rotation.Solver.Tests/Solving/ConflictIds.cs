using Rotation.Domain.Rules;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Tests.Solving;

/// <summary>The conflict ids of SPEC §5 (<c>tenure.max:c03</c>, <c>blackout:cyber:2027-09</c>…): a known rule family and references that resolve.</summary>
internal static class ConflictIds
{
    public static bool IsWellFormed(string id, Scenario scenario)
    {
        var parts = id.Split(':');
        bool Cadre(int i) => scenario.Cadres.Any(c => c.Id == parts[i]);
        bool Post(int i) => scenario.Posts.Any(p => p.Id == parts[i]);
        bool Office(int i) => scenario.Offices.Any(o => o.Id == parts[i]);
        bool Course(int i) => scenario.Courses.Any(c => c.Id == parts[i]);
        bool Month(int i) => Domain.Time.YearMonth.TryParse(parts[i]) is { } m && scenario.Horizon.Contains(m);
        return (parts[0], parts.Length) switch
        {
            (RuleIds.HeadcountMax or RuleIds.HeadcountMin, 3) => Post(1) && Month(2),
            (RuleIds.Blackout or RuleIds.ThroughputOffice, 3) => Office(1) && Month(2),
            (RuleIds.ThroughputMonth, 2) => Month(1),
            (RuleIds.Training, 2) => Cadre(1),
            (RuleIds.Training, 3) => Course(1) && Month(2),
            (RuleIds.Pin, 3) => Cadre(1) && Month(2) && scenario.Cadres.First(c => c.Id == parts[1]).PinnedPostIn(Domain.Time.YearMonth.Parse(parts[2])) is not null,
            (RuleIds.Avoidance, 3) => Cadre(1) && Cadre(2) && string.CompareOrdinal(parts[1], parts[2]) < 0,
            (RuleIds.Presence or RuleIds.Grade or RuleIds.Competency or RuleIds.TenureMin or RuleIds.TenureMax or RuleIds.TenureStart or RuleIds.Availability or RuleIds.Locked
                or RuleIds.NoReturn or RuleIds.Freeze, 2) => Cadre(1),
            _ => false,
        };
    }
}
