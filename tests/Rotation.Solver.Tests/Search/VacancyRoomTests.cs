using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

public class VacancyRoomTests
{
    /// <summary>
    /// On random rows of random scenarios, a cadre the room rules out cannot, with any other row of theirs, bring the
    /// vacancy-months down to what is allowed.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_cadre_ruled_out_has_no_row_that_closes_the_excess() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var scenario = Tiny.Load(RandomScenario.Json(seed, medium: true));
            var rng = new Random(seed);
            var rows = scenario.Cadres.ToDictionary(c => c.Id, c => DraftFloorTests.RandomRow(scenario, c, rng));
            var allowed = VacancyMonths(scenario, rows) - rng.Next(4);
            var room = new VacancyRoom(scenario);
            var field = new BestResponse(scenario).Against(rows);
            var excess = room.Of(field, allowed);

            foreach (var cadre in scenario.Cadres.Where(c => !room.MayClose(field, c, excess)))
                for (var i = 0; i < 30; i++)
                {
                    var other = new Dictionary<string, string?[]>(rows) { [cadre.Id] = DraftFloorTests.RandomRow(scenario, cadre, rng) };
                    Assert.True(VacancyMonths(scenario, other) > allowed);
                }
        });

    /// <summary>
    /// q is vacant all four months. c1 cannot close any of them: leaving p, at its minimum, opens as many. c2, in a post
    /// with no minimum, can.
    /// </summary>
    [Fact]
    public void Only_a_cadre_who_leaves_no_post_short_may_close_a_vacancy()
    {
        var scenario = Tiny.Build(4, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "q", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "g", "office": "a", "workNature": "w", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01" } ]
            """);
        var rows = new Dictionary<string, string?[]> { ["c1"] = ["p", "p", "p", "p"], ["c2"] = ["g", "g", "g", "g"] };
        var room = new VacancyRoom(scenario);
        var field = new BestResponse(scenario).Against(rows);
        Cadre c1 = scenario.Cadres[0], c2 = scenario.Cadres[1];

        var oneTooMany = room.Of(field, allowed: 3);
        Assert.Equal(1, oneTooMany.Excess);
        Assert.False(room.MayClose(field, c1, oneTooMany));
        Assert.True(room.MayClose(field, c2, oneTooMany));
        // Five months over: more than the four c2 is there for.
        Assert.False(room.MayClose(field, c2, room.Of(field, allowed: -1)));
        // Nothing to close: anyone may.
        Assert.True(room.MayClose(field, c1, room.Of(field, allowed: 4)));
    }

    /// <summary>Months a non-critical post with a minimum has fewer available holders, counted from the rows alone.</summary>
    private static long VacancyMonths(Scenario scenario, Dictionary<string, string?[]> rows)
    {
        var away = scenario.Cadres.ToDictionary(c => c.Id, c => Presence.Away(scenario, c));
        return scenario.Posts.Where(p => !p.Critical && p.Min > 0).Sum(post => Enumerable.Range(0, scenario.Horizon.Months)
            .Count(t => rows.Count(r => r.Value[t] == post.Id && !away[r.Key][t]) < post.Min));
    }
}
