using Rotation.Solver.Construction;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Construction;

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
    public void Moves_keep_to_their_office_when_moving_to_the_roomiest_post_leaves_someone_nowhere_to_go()
    {
        // c1 must leave first; the roomiest post is qa, the only one c2 could take, since c2 avoids c3 in office b.
        var scenario = Tiny.Build(4, tenure: """{ "min": 1, "max": 14 }""",
            posts: """
                [ { "id": "pa", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "qa", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "pb", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "qb", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "pb", "since": "2025-12" },
                  { "id": "c2", "grade": 1, "post": "pa", "since": "2026-01", "avoid": ["c3"] },
                  { "id": "c3", "grade": 1, "post": "qb", "since": "2026-06", "locked": true } ]
                """);

        var rows = StayPutPlanner.Plan(scenario);

        Assert.Equal("pb qb qb qb", Row(rows["c1"]));
        Assert.Equal("pa pa qa qa", Row(rows["c2"]));
    }

    [Fact]
    public void A_forced_move_passes_over_the_roomiest_post_in_the_office_of_someone_who_avoids_the_mover()
    {
        // qb, empty, is the roomiest post, but c2 in office b avoids c1 (the avoidance is c2's, not the mover's):
        // c1 goes to qc, which c3 already holds.
        var scenario = Tiny.Build(4, tenure: """{ "min": 1, "max": 14 }""",
            offices: """[{ "id": "a" }, { "id": "b" }, { "id": "c" }]""",
            posts: """
                [ { "id": "pa", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "pb", "office": "b", "workNature": "w", "min": 0 },
                  { "id": "qb", "office": "b", "workNature": "w", "min": 0, "max": 2 },
                  { "id": "qc", "office": "c", "workNature": "w", "min": 0, "max": 2 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "pa", "since": "2026-01" },
                  { "id": "c2", "grade": 1, "post": "pb", "since": "2026-06", "avoid": ["c1"] },
                  { "id": "c3", "grade": 1, "post": "qc", "since": "2026-06" } ]
                """);

        var rows = StayPutPlanner.Plan(scenario);

        Assert.Equal("pa pa qc qc", Row(rows["c1"]));
        Assert.Equal("pb pb pb pb", Row(rows["c2"]));
        Assert.Equal("qc qc qc qc", Row(rows["c3"]));
    }

    private static string Row(string?[] posts) => string.Join(' ', posts.Select(p => p ?? "-"));
}
