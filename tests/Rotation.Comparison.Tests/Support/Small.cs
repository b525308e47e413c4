using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Comparison.Tests.Support;

/// <summary>A scenario small enough to count by hand, and three plans of it: everyone stays, c1 leaves p for q, c2 joins p.</summary>
internal static class Small
{
    // p (office a) needs one holder and is not critical; q (office b) needs none. c1 holds p and wishes for q (5 a month);
    // c2 holds q. Weights: vacancy 100, move 10, excess 30 over one move each, new office −40, wish −1 per unit.
    public static readonly Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 2 }, { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ],
          "cadres": [ { "id": "c1", "name": "Li Wei", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 5 } ] },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "fairMoves": 1,
                      "weights": { "vacancy": 100, "move": 10, "excessMoves": 30, "trainingCost": 1, "crossOffice": 40, "preference": 1, "change": 20 } } }
        """);

    public static readonly Plan Stay = Build(S, ("c1", "p p p"), ("c2", "q q q"));

    // c1 moves to q in February: p is short in February and March (2 × 100), one move (10), b is new to c1 (−40) and
    // two months of the wish met (−10): 160.
    public static readonly Plan C1Leaves = Build(S, ("c1", "p q q"), ("c2", "q q q"));

    // c2 moves to p in February: one move (10) and a is new to c2 (−40): −30.
    public static readonly Plan C2Joins = Build(S, ("c1", "p p p"), ("c2", "q p p"));

    public static PlanComparison Compare(params Plan[] plans) =>
        PlanComparison.Of(S, [.. plans.Select((p, i) => new NamedPlan($"plan-{i + 1}", p))]);
}
