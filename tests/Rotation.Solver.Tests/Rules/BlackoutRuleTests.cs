using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Rules;

public class BlackoutRuleTests
{
    private const string Cadre = """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]
        """;

    [Theory]
    [InlineData("a", "b", """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [1, 2] }]""")]
    [InlineData("a", "b", """[{ "id": "a", "blackoutMonthsOfYear": [1, 2] }, { "id": "b" }]""")]
    [InlineData("a", "a", """[{ "id": "a", "blackoutMonthsOfYear": [1, 2] }, { "id": "b" }]""")]
    public void No_move_into_or_out_of_an_office_or_within_it_in_its_blackout_months(string from, string to, string offices)
    {
        // January and February are closed to the office concerned: the move waits for March (2·20 − 10).
        var scenario = Tiny.Build(4, offices: offices, cadres: Cadre,
            posts: $$"""
                [ { "id": "p", "office": "{{from}}", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "{{to}}", "workNature": "w", "min": 0 } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "p p q q");
        Assert.Equal(-30, plan.Objective);
    }

    [Fact]
    public void A_blackout_of_an_office_the_move_does_not_touch_changes_nothing()
    {
        var scenario = Tiny.Build(4, cadres: Cadre,
            offices: """[{ "id": "a" }, { "id": "b" }, { "id": "z", "blackoutMonthsOfYear": [1, 2] }]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q q");
        Assert.Equal(-70, plan.Objective);
    }

    [Fact]
    public void Joining_and_leaving_are_not_blocked_by_a_blackout()
    {
        // Office a is closed in February, yet c2 leaves p and c3 joins it then.
        var scenario = Tiny.Build(3,
            offices: """[{ "id": "a", "blackoutMonthsOfYear": [2] }, { "id": "b" }]""",
            posts: """[ { "id": "p", "office": "a", "workNature": "w", "min": 0 } ]""",
            cadres: """
                [ { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "leaves": "2027-02" },
                  { "id": "c3", "grade": 1, "joins": "2027-02" } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c2", "p - -");
        Tiny.AssertRow(plan, "c3", "- p p");
        Assert.Equal(0, plan.Objective);
    }
}
