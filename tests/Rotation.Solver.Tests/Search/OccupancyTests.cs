using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

public class OccupancyTests
{
    /// <summary>
    /// Four months from 2027-01. c1 starts in p and moves to q in month 2; c2 holds q throughout but is away in month 1;
    /// c3 joins in month 1 straight into p (no move: nobody departs).
    /// </summary>
    private static readonly Domain.Scenarios.Scenario Scenario = Tiny.Build(4, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 2 },
          { "id": "q", "office": "b", "workNature": "w", "min": 1, "max": 2 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
          { "id": "c2", "grade": 1, "post": "q", "since": "2026-01", "unavailable": [ { "from": "2027-02", "to": "2027-02" } ] },
          { "id": "c3", "grade": 1, "joins": "2027-02" } ]
        """);

    private static readonly Roster Rows = Roster.Of(Scenario, new Dictionary<string, string?[]>
    {
        ["c1"] = ["p", "p", "q", "q"],
        ["c2"] = ["q", "q", "q", "q"],
        ["c3"] = [null, "p", "p", "p"],
    });

    private static Occupancy Counted() => new Occupancy(Scenario,
        Scenario.Cadres.ToDictionary(c => c.Id, c => Presence.Away(Scenario, c)),
        Scenario.Cadres.ToDictionary(c => c.Id, c => Presence.Of(Scenario, c))).Count(Rows);

    [Fact]
    public void Holders_count_everyone_in_the_post_and_available_ones_leave_out_the_away()
    {
        var counts = Counted();
        int p = counts.Number("p"), q = counts.Number("q");

        Assert.Equal([1, 2, 1, 1], Enumerable.Range(0, 4).Select(t => counts.Holders(p, t)));
        Assert.Equal([1, 1, 2, 2], Enumerable.Range(0, 4).Select(t => counts.Holders(q, t)));
        Assert.Equal([1, 0, 2, 2], Enumerable.Range(0, 4).Select(t => counts.Available(q, t)));
    }

    [Fact]
    public void Only_a_change_of_post_departs_and_a_joiner_has_nothing_before_joining()
    {
        var counts = Counted();
        var (c1, c3) = (Scenario.Cadres[0], Scenario.Cadres[2]);

        Assert.Equal([0, 0, 1, 0], Enumerable.Range(0, 4).Select(t => counts.Departures("a", t)));
        Assert.Equal([0, 0, 0, 0], Enumerable.Range(0, 4).Select(t => counts.Departures("b", t)));
        Assert.Equal("a", counts.DepartsFrom(c1, Rows["c1"], 2));
        Assert.Equal("p", counts.Before(c1, Rows["c1"], 0));
        Assert.Null(counts.Before(c3, Rows["c3"], 1));
        Assert.Equal("p", counts.Before(c3, Rows["c3"], 2));
    }

    [Fact]
    public void Counts_follow_the_plan_asked_about()
    {
        var counts = Counted();
        var moved = Rows.With("c2", ["q", "q", "p", "p"]);

        Assert.Same(counts, counts.Count(moved));
        Assert.Same(moved, counts.Rows);
        Assert.Equal(2, counts.Holders(counts.Number("p"), 3));
        Assert.Equal(1, counts.Departures("b", 2));
    }
}
