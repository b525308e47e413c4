using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

/// <summary>
/// The pre-filter refuses changes that cannot keep the rules before the checker is asked, and lets through the ones that
/// might: each condition with a case where it refuses and one where it does not.
/// </summary>
public class FeasibilityTests
{
    /// <summary>
    /// Six months from 2027-01; office b has no moves in March. c1 holds p since 2026-01 (min tenure 2); p and q take one
    /// holder each, r two; r needs grade 3 or more; c2 holds q and is away in February.
    /// </summary>
    private static readonly Scenario Scenario = Tiny.Build(6, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 },
          { "id": "r", "office": "b", "workNature": "w", "min": 0, "max": 2, "minGrade": 3 } ]
        """, """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
          { "id": "c2", "grade": 3, "post": "q", "since": "2026-01", "unavailable": [ { "from": "2027-02", "to": "2027-02" } ] } ]
        """, tenure: """{ "min": 2, "max": 36 }""",
        offices: """[{ "id": "a" }, { "id": "b", "blackoutMonthsOfYear": [3] }]""");

    private static readonly Roster StayPut = Roster.Of(Scenario, new Dictionary<string, string?[]>
    {
        ["c1"] = ["p", "p", "p", "p", "p", "p"],
        ["c2"] = ["q", "q", "q", "q", "q", "q"],
    });

    private static Feasibility Filter()
    {
        var judge = new PartJudge(Scenario, (_, _) => true);
        return new SearchPlan(judge, StayPut, [], judge.Judge(StayPut, [])!, () => false).Filter;
    }

    private static Cadre Cadre(string id) => Scenario.Cadres.Single(c => c.Id == id);

    private static Post Post(string id) => Scenario.Posts.Single(p => p.Id == id);

    [Theory]
    [InlineData("c2", "r", 0, true)]
    [InlineData("c2", "r", 2, false)] // March: office b's blackout month
    [InlineData("c2", "r", 1, false)] // February: c2 is away
    [InlineData("c1", "r", 0, false)] // grade 1 is below r's minimum of 3
    public void A_stint_may_start_only_where_grade_availability_and_blackouts_allow(string cadre, string post, int month, bool may)
    {
        Assert.Equal(may, Filter().MayStart(StayPut, Cadre(cadre), Post(post), month));
    }

    [Fact]
    public void Staying_on_in_the_post_held_starts_no_stint_and_is_never_refused()
    {
        Assert.True(Filter().MayStart(StayPut, Cadre("c1"), Post("p"), 2));
    }

    [Theory]
    [InlineData("c1", "r", 0, 6, true)]
    [InlineData("c1", "q", 0, 6, false)] // q's one place is c2's
    [InlineData("c1", "r", 0, 1, false)] // a stint of one month that ends by a move is below the minimum of 2
    public void A_stint_is_admitted_only_with_a_free_place_and_a_length_the_cycle_allows(string cadre, string post, int from, int to, bool admits)
    {
        Assert.Equal(admits, Filter().Admits(StayPut, Cadre(cadre), Post(post), from, to));
    }
}
