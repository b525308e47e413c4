using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Tests.Support;
using static Rotation.Solver.Tests.Careers.CareerKit;

namespace Rotation.Solver.Tests.Careers;

public class LinkingRowsTests
{
    /// <summary>One cadre in p (min 1, max 1) over 2 months: p's two cover rows, and no headcount row, since one cadre never exceeds max 1.</summary>
    private static Scenario Filled() => Tiny.Build(2, """[ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1 } ]""",
        """[ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01" } ]""");

    /// <summary>
    /// Holding p in months 0 and 1 covers p in both: the career uses rows cover[p,0] and cover[p,1]. The first of them is
    /// row 0, which a cell without a headcount row must not mistake for its headcount row (the out value of a failed
    /// lookup is 0); the pricer prices a cell by the same rows.
    /// </summary>
    [Fact]
    public void A_career_holding_a_post_uses_its_cover_row_in_every_month()
    {
        var scenario = Filled();
        var (spaces, rows) = Spaces(scenario);
        Assert.Equal(["cover[p,0]", "cover[p,1]"], rows.Rows.Select(r => r.Name));

        var career = Assert.Single(AllCareers(scenario));

        Assert.Equal("p p", Row(career));
        Assert.Equal([0, 1], rows.Of(career));
        Assert.Equal([0], rows.CellRows(spaces[0], 0, 0));
        Assert.Equal([1], rows.CellRows(spaces[0], 0, 1));
    }

    /// <summary>
    /// Three cadres that may hold p (min = max = 1), all available: one equality row per month (fill), which a holder uses
    /// once; a headcount row and a cover row each for the two months when one of them is away in month 1.
    /// </summary>
    [Fact]
    public void A_post_whose_min_is_its_max_is_one_equality_row_unless_a_holder_may_be_away()
    {
        var posts = """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 3 } ]
            """;
        string Cadres(string away) => $$"""
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01" },
              { "id": "c2", "grade": 1, "post": "g", "since": "2027-01" },
              { "id": "c3", "grade": 1, "post": "g", "since": "2027-01" {{away}} } ]
            """;

        var (_, all) = Spaces(Tiny.Build(2, posts, Cadres("")));
        var (_, away) = Spaces(Tiny.Build(2, posts, Cadres(""", "unavailable": [ { "from": "2027-02", "to": "2027-02" } ] """)));

        Assert.Equal([("fill[p,0]", RowSense.Exactly), ("fill[p,1]", RowSense.Exactly)], all.Rows.Select(r => (r.Name, r.Sense)));
        Assert.Equal(["fill[p,0]", "headcount[p,1]", "cover[p,1]"], away.Rows.Select(r => r.Name));
    }
}
