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
            ("headcount.max" or "headcount.min", 3) => Post(1) && Month(2),
            ("blackout" or "throughput.office", 3) => Office(1) && Month(2),
            ("throughput.month", 2) => Month(1),
            ("training", 2) => Cadre(1),
            ("training", 3) => Course(1) && Month(2),
            ("avoidance", 3) => Cadre(1) && Cadre(2) && string.CompareOrdinal(parts[1], parts[2]) < 0,
            ("presence" or "grade" or "competency" or "tenure.min" or "tenure.max" or "tenure.start" or "availability" or "locked"
                or "noReturn" or "freeze", 2) => Cadre(1),
            _ => false,
        };
    }
}
