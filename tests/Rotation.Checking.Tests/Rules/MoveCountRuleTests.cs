using Rotation.Domain.Plans;
using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class MoveCountRuleTests
{
    // c1 starts in p; c2 joins in 2027-02 and leaves from 2027-04.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2 },
                     { "id": "q", "office": "b", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "joins": "2027-02", "leaves": "2027-04" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    private static Plan Reports(long moves, string c1Row)
    {
        var plan = Build(S, ("c1", c1Row), ("c2", "- q p -"));
        return Reporting(S, plan, plan.Terms with { Moves = moves });
    }

    [Fact]
    public void Joining_and_leaving_are_not_moves()
    {
        // c1 p→q at 2027-03 and c2 q→p at 2027-03: two moves; c2's join and leave are not counted.
        Holds(S, Reports(2, "p p q q"));
        Assert.Equal([new Found("H2", RuleIds.Moves)], Check(S, Reports(4, "p p q q")));
    }

    [Fact]
    public void Leaving_the_starting_post_at_month_zero_is_a_move()
    {
        // post(c1,-1) = p, post(c1,0) = q: one move, plus c2's.
        Holds(S, Reports(2, "q q q q"));
        Assert.Equal([new Found("H2", RuleIds.Moves)], Check(S, Reports(1, "q q q q")));
    }
}
