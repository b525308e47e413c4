using Rotation.Solver.Model;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Model;

public class RosterTests
{
    private static readonly Domain.Scenarios.Scenario Scenario = Tiny.Build(2, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 3 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
          { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" },
          { "id": "c3", "grade": 1, "joins": "2027-02" } ]
        """);

    /// <summary>Given out of the scenario's order, as a dictionary may hold them.</summary>
    private static Roster Rows() => Roster.Of(Scenario, new Dictionary<string, string?[]>
    {
        ["c3"] = [null, "p"],
        ["c1"] = ["p", "p"],
        ["c2"] = ["p", "p"],
    });

    [Fact]
    public void Rows_are_read_by_cadre_id_or_number_and_listed_in_the_scenario_order()
    {
        var roster = Rows();

        Assert.Equal(["c1", "c2", "c3"], roster.Select(r => r.Key));
        Assert.Equal("- p", Show(roster["c3"]));
        Assert.Same(roster["c2"], roster[1]);
        Assert.False(roster.ContainsKey("c9"));
    }

    [Fact]
    public void A_change_gives_a_new_roster_sharing_the_rows_it_leaves_alone()
    {
        var roster = Rows();

        var changed = roster.With("c2", [null, null]);

        Assert.Equal("p p", Show(roster["c2"]));
        Assert.Equal("- -", Show(changed["c2"]));
        Assert.Same(roster["c1"], changed["c1"]);
        Assert.Same(roster, roster.With([]));
    }

    [Fact]
    public void Two_rows_change_at_once()
    {
        var changed = Rows().With("c1", [null, null], "c3", ["p", "p"]);

        Assert.Equal(["- -", "p p", "p p"], changed.Values.Select(Show));
    }

    [Fact]
    public void A_roster_of_the_same_scenario_is_taken_as_it_is()
    {
        var roster = Rows();

        Assert.Same(roster, Roster.Of(Scenario, roster));
    }

    private static string Show(string?[] row) => string.Join(' ', row.Select(p => p ?? "-"));
}
