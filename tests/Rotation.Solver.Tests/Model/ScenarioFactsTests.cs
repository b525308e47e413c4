using Rotation.Solver.Model;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Model;

public class ScenarioFactsTests
{
    /// <summary>
    /// Four months from 2027-01; office b has no moves in February. c1 has held p since 2026-10 and is away in March;
    /// c2 joins in February; w's cycle is 1–36 months, v's 2–6.
    /// </summary>
    private static readonly Domain.Scenarios.Scenario Scenario = Tiny.Build(4, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "v", "min": 0 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-10", "unavailable": [ { "from": "2027-03", "to": "2027-03" } ] },
          { "id": "c2", "grade": 1, "joins": "2027-02" } ]
        """, offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [2] }]""",
        tenureByWorkNature: """{ "v": { "min": 2, "max": 6 } }""");

    [Fact]
    public void The_facts_of_a_scenario_are_worked_out_once()
    {
        Assert.Same(ScenarioFacts.Of(Scenario), ScenarioFacts.Of(Scenario));
    }

    [Fact]
    public void Presence_absence_and_months_before_the_horizon_are_per_cadre_in_the_scenario_order()
    {
        var facts = ScenarioFacts.Of(Scenario);

        Assert.Equal([new Presence(0, 4), new Presence(1, 4)], facts.Presence);
        Assert.Equal([false, false, true, false], facts.Away[0]);
        Assert.Equal([false, false, false, false], facts.AwayById["c2"]);
        Assert.Equal([3, 0], facts.PriorMonths);
        Assert.Equal(1, facts.CadreNumber["c2"]);
    }

    [Fact]
    public void Blackouts_are_per_office_and_horizon_month_and_cycles_per_post()
    {
        var facts = ScenarioFacts.Of(Scenario);

        Assert.Equal([false, false, false, false], facts.Blackout["a"]);
        Assert.Equal([false, true, false, false], facts.Blackout["b"]);
        Assert.Equal((1, 36), (facts.Cycles[0].Min, facts.Cycles[0].Max));
        Assert.Equal((2, 6), (facts.CycleOf(Scenario.Posts[1]).Min, facts.CycleOf(Scenario.Posts[1]).Max));
    }
}
