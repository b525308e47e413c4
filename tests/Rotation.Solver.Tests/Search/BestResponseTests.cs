using Rotation.Domain.Scenarios;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

public class BestResponseTests
{
    private static string Row(string?[]? row) => row is null ? "none" : string.Join(' ', row.Select(p => p ?? "-"));

    private static string?[]? Respond(Scenario scenario, string cadre, Dictionary<string, string?[]> rows) =>
        new BestResponse(scenario).Of(scenario.Cadres.Single(c => c.Id == cadre), rows);

    /// <summary>c1 must leave p1 at month 3 (its cycle is 3 months); p1 would then be vacant, so c2's best career takes it over.</summary>
    [Fact]
    public void A_post_the_others_leave_short_is_taken_over()
    {
        var scenario = Tiny.Build(6, """
            [ { "id": "p1", "office": "a", "workNature": "w", "min": 1, "max": 1, "requires": ["k"] },
              { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p1", "since": "2027-01", "competencies": ["k"] },
              { "id": "c2", "grade": 1, "post": "g", "since": "2027-01", "competencies": ["k"] } ]
            """, tenureByWorkNature: """{ "w": { "min": 1, "max": 3 } }""");

        var row = Respond(scenario, "c2", new() { ["c1"] = ["p1", "p1", "p1", "g", "g", "g"], ["c2"] = ["g", "g", "g", "g", "g", "g"] });

        Assert.Equal("g g g p1 p1 p1", Row(row));
    }

    /// <summary>c2 likes q (5 a month) but c1 holds it all along: with room for one, c2 stays in p; with room for two, c2 moves at once.</summary>
    [Theory]
    [InlineData(1, "p p p p")]
    [InlineData(2, "q q q q")]
    public void A_post_the_others_fill_is_never_entered(int max, string expected)
    {
        var scenario = Tiny.Build(4, $$"""
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
              { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": {{max}} } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "q", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 5 } ] } ]
            """);

        var row = Respond(scenario, "c2", new() { ["c1"] = ["q", "q", "q", "q"], ["c2"] = ["p", "p", "p", "p"] });

        Assert.Equal(expected, Row(row));
    }

    /// <summary>c2 likes office b, where c3, whom c2 avoids, works until month 2: c2 moves there only once c3 has left.</summary>
    [Fact]
    public void An_office_where_an_avoided_cadre_works_is_entered_only_after_they_leave()
    {
        var scenario = Tiny.Build(4, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 2 },
              { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c2", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "office": "b", "weight": 50 } ], "avoid": ["c3"] },
              { "id": "c3", "grade": 1, "post": "q", "since": "2026-01" } ]
            """);

        var row = Respond(scenario, "c2", new() { ["c2"] = ["p", "p", "p", "p"], ["c3"] = ["q", "q", "p", "p"] });

        Assert.Equal("p p q q", Row(row));
    }
}
