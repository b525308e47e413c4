using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class ThroughputRuleTests
{
    // c1 (p → q, 20 a month) and c2 (r → s, 19 a month) both want to move at once. With one move a month the keener goes
    // first: 3·20 + 2·19 − 2·10 = 78, against 3·19 + 2·20 − 20 = 77 the other way round.
    private const string Cadres = """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] },
          { "id": "c2", "grade": 1, "post": "r", "since": "2026-01", "preferences": [ { "post": "s", "weight": 19 } ] } ]
        """;

    [Fact]
    public void At_most_max_moves_per_month_across_the_organisation()
    {
        var scenario = Tiny.Build(3, policy: """ "maxMovesPerMonth": 1, """, cadres: Cadres,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 }, { "id": "s", "office": "a", "workNature": "w", "min": 0 } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "r s s");
        Assert.Equal(-78, plan.Objective);
    }

    [Fact]
    public void At_most_max_departures_per_office_per_month_counting_moves_within_the_office()
    {
        // Both leave office a; c2's move r → s stays inside a and still counts as a departure.
        var scenario = Tiny.Build(3, policy: """ "maxDeparturesPerOfficePerMonth": 1, """, cadres: Cadres,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "a", "workNature": "w", "min": 0 }, { "id": "s", "office": "a", "workNature": "w", "min": 0 } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "r s s");
        Assert.Equal(-78, plan.Objective);
    }

    [Fact]
    public void Departures_from_different_offices_do_not_share_a_limit()
    {
        var scenario = Tiny.Build(3, policy: """ "maxDeparturesPerOfficePerMonth": 1, """, cadres: Cadres,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 }, { "id": "s", "office": "a", "workNature": "w", "min": 0 } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Tiny.AssertRow(plan, "c2", "s s s");
        Assert.Equal(-97, plan.Objective);
    }
}
