using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;
using Xunit.Abstractions;

namespace Rotation.Solver.Tests.Construction;

public class FirstRowsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_stay_put_plan_is_the_first_plan_when_it_keeps_every_rule()
    {
        // Nobody is due to leave: the stay-put plan holds and nothing is negotiated, not even when asked to stop at once.
        var scenario = Tiny.Build(3, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
              { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
            """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 9 } ] } ]""");

        var first = FirstRows.Of(scenario, stop: () => true, seed: 1);

        Assert.NotNull(first);
        Assert.Equal("p p p", string.Join(' ', first.Value.Plan.Rows["c1"]));
        Assert.Empty(first.Value.Plan.Trainings);
        Assert.Equal(0, first.Value.Plan.Verdict.Objective);
    }

    [Fact]
    public void A_stay_put_plan_that_breaks_a_rule_gives_way_to_a_negotiated_one()
    {
        var scenario = OverdueInto("""["k"]""", """[{ "id": "ck", "grants": "k", "months": 1, "sessions": ["2027-03"] }]""");
        Assert.Equal(["tenure.max"], Construct.StayPutFaults(scenario));

        var first = FirstRows.Of(scenario, stop: () => false, seed: 1);

        Assert.NotNull(first);
        Assert.Equal([new Training("c1", "ck", "2027-03")], first.Value.Plan.Trainings);
        Assert.Equal("q", first.Value.Plan.Rows["c1"][4]);
        Construct.AssertHolds(scenario, first.Value.Plan);
    }

    [Fact]
    public void A_stop_that_holds_at_once_gives_no_plan_when_the_stay_put_plan_breaks_a_rule()
    {
        var scenario = OverdueInto("""["k"]""", """[{ "id": "ck", "grants": "k", "months": 1, "sessions": ["2027-03"] }]""");

        Assert.Null(FirstRows.Of(scenario, stop: () => true, seed: 1));
    }

    /// <summary>
    /// q needs k and m; m's only session is in March, so k must come from February's session, not its latest, March's.
    /// </summary>
    [Fact]
    public void A_mover_needing_two_courses_that_fit_only_one_way_round_gets_a_plan()
    {
        var scenario = OverdueInto("""["k", "m"]""", """
            [ { "id": "ck", "grants": "k", "months": 1, "sessions": ["2027-02", "2027-03"] },
              { "id": "cm", "grants": "m", "months": 1, "sessions": ["2027-03"] } ]
            """);
        Assert.NotNull(Exhaustive.Solve(scenario));

        var first = FirstRows.Of(scenario, stop: () => false, seed: 1);

        Assert.NotNull(first);
        Construct.AssertHolds(scenario, first.Value.Plan);
    }

    /// <summary>Whatever first plan comes back from a random scenario, tiny or medium, the independent checker holds it.</summary>
    [FsCheck.Xunit.Property(MaxTest = 150)]
    public Property Every_first_plan_of_a_random_scenario_keeps_every_rule() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (seed, medium) =>
        {
            var scenario = Tiny.Load(RandomScenario.Json(seed, medium));
            if (FirstRows.Of(scenario, stop: () => false, seed: 1) is var (plan, _)) Construct.AssertHolds(scenario, plan);
        });

    /// <summary>
    /// Over fixed tiny scenarios, against exhaustive search: no first plan where none exists, and one for every scenario
    /// that has a plan, the stay-put plan or a negotiated one.
    /// </summary>
    [Fact]
    public void Every_tiny_scenario_with_a_plan_has_a_first_plan_and_none_other_has()
    {
        var missed = new List<int>();
        int feasible = 0, negotiated = 0;
        for (var seed = 0; seed < 1000; seed++)
        {
            var scenario = Tiny.Load(RandomScenario.Json(seed));
            var exists = Exhaustive.Solve(scenario) is not null;
            var first = FirstRows.Of(scenario, stop: () => false, seed: 1);
            Assert.False(first is not null && !exists, $"seed {seed}: a first plan where exhaustive search finds none");
            if (!exists) continue;
            feasible++;
            if (Construct.StayPutFaults(scenario).Length > 0) negotiated++;
            if (first is null) missed.Add(seed);
        }
        output.WriteLine($"{feasible} of 1000 tiny scenarios have a plan, {negotiated} of them only by negotiation; no first plan for {missed.Count}");
        Assert.True(missed.Count == 0, $"no first plan for seeds {string.Join(", ", missed)}");
    }

    /// <summary>c1 has held p for 12 months of a 16-month cycle max and must leave it by month 4 for q, which needs <paramref name="requires"/>.</summary>
    private static Scenario OverdueInto(string requires, string courses) => Tiny.Build(6, $$"""
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "v", "min": 0, "requires": {{requires}} } ]
        """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""",
        tenureByWorkNature: """{ "w": { "min": 1, "max": 16 } }""", courses: courses);
}
