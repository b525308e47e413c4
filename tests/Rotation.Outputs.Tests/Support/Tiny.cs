using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Support;

/// <summary>
/// Two offices, three posts, three people over six months, small enough to state every output by hand: Ann (c1) trains
/// in law and moves from a's p to b's q in 2027-03, Bob (c2) moves from q to a's r the same month, Cy (c3) joins p in
/// 2027-02. Post r needs one holder and has none before Bob arrives.
/// </summary>
internal static class Tiny
{
    public static Scenario Scenario { get; } = ScenarioLoader.Load("""
        { "name": "tiny", "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a", "name": "Office A" }, { "id": "b", "name": "Office B" } ], "workNatures": [ { "id": "w" } ],
          "competencies": ["law"],
          "courses": [ { "id": "law-1", "name": "Law basics", "grants": "law", "months": 1, "sessions": ["2027-01"] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "title": "Clerk", "min": 1, "max": 2, "handoverItems": ["ledger"] },
                     { "id": "q", "office": "b", "workNature": "w", "title": "Counsel", "min": 1, "max": 1, "requires": ["law"] },
                     { "id": "r", "office": "a", "workNature": "w", "min": 1, "max": 1 } ],
          "cadres": [ { "id": "c1", "name": "Ann", "grade": 1, "post": "p", "since": "2025-01" },
                      { "id": "c2", "name": "Bob", "grade": 1, "post": "q", "since": "2025-01", "competencies": ["law"] },
                      { "id": "c3", "name": "Cy", "grade": 1, "joins": "2027-02" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "handoverDays": 3, "checkpointMonths": [2] } }
        """u8.ToArray()).Value!;

    public static Plan Plan { get; } = PlanAssembler.Assemble(Scenario,
        new Decisions(new Dictionary<string, IReadOnlyList<string?>>
        {
            ["c1"] = ["p", "p", "q", "q", "q", "q"],
            ["c2"] = ["q", "q", "r", "r", "r", "r"],
            ["c3"] = [null, "p", "p", "p", "p", "p"],
        }, [new Training("c1", "law-1", "2027-01")]),
        PlanStatus.Optimal, new Terms(2, 2, 0, 0, 2, 0, 0), 10, 10, 1.5);

    public static PlanView View { get; } = new(Scenario, Plan);
}
