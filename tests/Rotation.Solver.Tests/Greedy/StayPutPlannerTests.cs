using Rotation.Solver.Greedy;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Greedy;

public class StayPutPlannerTests
{
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
        """;

    [Fact]
    public void Nobody_moves_unless_forced_and_a_joiner_takes_a_post_with_room()
    {
        // c1 would like q, but the baseline ignores preferences; c2 leaves; c3 joins the post that has room.
        var scenario = Tiny.Build(3, posts: Posts,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] },
                  { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "leaves": "2027-02" },
                  { "id": "c3", "grade": 1, "joins": "2027-03" } ]
                """);

        var rows = StayPutPlanner.Plan(scenario);

        Assert.Equal("p p p", Row(rows["c1"]));
        Assert.Equal("q - -", Row(rows["c2"]));
        Assert.Equal("- - q", Row(rows["c3"]));
    }

    [Theory]
    [InlineData("""[{ "id": "a" }, { "id": "b" }]""", "p p q q")] // 12 + 2 months reach the max of 14
    [InlineData("""[{ "id": "a", "blackoutMonthsOfYear": [3] }, { "id": "b" }]""", "p q q q")] // March is closed
    public void A_stint_reaching_its_max_moves_at_the_latest_legal_month(string offices, string row)
    {
        var scenario = Tiny.Build(4, tenure: """{ "min": 1, "max": 14 }""", offices: offices, posts: Posts,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        var rows = StayPutPlanner.Plan(scenario);

        Assert.Equal(row, Row(rows["c1"]));
    }

    [Fact]
    public void A_forced_move_stays_in_its_office_when_a_post_there_has_room()
    {
        // q in office b is emptier, but p2 in c1's own office a still has room.
        var scenario = Tiny.Build(4, tenure: """{ "min": 1, "max": 14 }""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "p2", "office": "a", "workNature": "w", "min": 0, "max": 2 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "p2", "since": "2026-12" } ]
                """);

        var rows = StayPutPlanner.Plan(scenario);

        Assert.Equal("p p p2 p2", Row(rows["c1"]));
    }

    private static string Row(string?[] posts) => string.Join(' ', posts.Select(p => p ?? "-"));
}
