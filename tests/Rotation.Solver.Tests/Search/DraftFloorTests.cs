using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Search;
using Rotation.Solver.Tests.Solving.BruteForce;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Search;

public class DraftFloorTests
{
    /// <summary>
    /// On random rows of random scenarios (rules kept or not), the floor is the checker's objective without its changes:
    /// every other term counted exactly as the checker counts it.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property The_floor_is_the_checkers_objective_but_for_changes() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var scenario = Tiny.Load(RandomScenario.Json(seed, medium: true));
            var rng = new Random(seed);
            var (rows, trainings) = RandomDraft(scenario, rng);
            var floor = new DraftFloor(scenario);

            var terms = Count(scenario, rows, trainings);
            var w = scenario.Policy.Weights;
            Assert.Equal(terms.Objective(w) - w.Change * terms.Changes, floor.Of(rows, trainings));
            // Counted again with one row replaced, as a local search's next draft would be: no stale cadre terms.
            var cadre = scenario.Cadres[rng.Next(scenario.Cadres.Length)];
            rows[cadre.Id] = RandomRow(scenario, cadre, rng);
            terms = Count(scenario, rows, trainings);
            Assert.Equal(terms.Objective(w) - w.Change * terms.Changes, floor.Of(rows, trainings));
        });

    /// <summary>A holder who is away leaves the post short; a joiner's first office is their home, so it earns no crossOffice.</summary>
    [Fact]
    public void Away_holders_leave_posts_short_and_a_joiners_first_office_is_home()
    {
        var scenario = Tiny.Build(4, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 1 },
              { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
            """, """
            [ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01", "unavailable": [ { "from": "2027-02", "to": "2027-03" } ] },
              { "id": "c2", "grade": 1, "joins": "2027-02" } ]
            """);
        var rows = new Dictionary<string, string?[]> { ["c1"] = ["p", "p", "p", "p"], ["c2"] = [null, "q", "q", "q"] };
        var w = scenario.Policy.Weights;

        // Two months of p without an available holder; c2 never moves and stays home in b.
        Assert.Equal(2 * w.Vacancy, new DraftFloor(scenario).Of(rows, []));
        Assert.Equal(2 * w.Vacancy, Count(scenario, rows, []).Objective(w));
    }

    private static (Dictionary<string, string?[]> Rows, List<Training> Trainings) RandomDraft(Scenario scenario, Random rng)
    {
        var rows = scenario.Cadres.ToDictionary(c => c.Id, c => RandomRow(scenario, c, rng));
        var trainings = new List<Training>();
        foreach (var cadre in scenario.Cadres)
            foreach (var course in scenario.Courses.Where(c => c.Sessions.Length > 0 && rng.Next(3) == 0))
                trainings.Add(new Training(cadre.Id, course.Id, course.Sessions[rng.Next(course.Sessions.Length)].ToString()));
        return (rows, trainings);
    }

    /// <summary>Posts in the months the cadre is present, in stints of random length.</summary>
    internal static string?[] RandomRow(Scenario scenario, Cadre cadre, Random rng)
    {
        var (join, leave) = Presence.Of(scenario, cadre);
        var row = new string?[scenario.Horizon.Months];
        for (var t = join; t < leave; t++)
            row[t] = t > join && rng.Next(3) > 0 ? row[t - 1] : scenario.Posts[rng.Next(scenario.Posts.Length)].Id;
        return row;
    }

    private static Terms Count(Scenario scenario, Dictionary<string, string?[]> rows, List<Training> trainings)
    {
        var plan = new Plan(scenario.Name, PlanStatus.Feasible, 0, 0, 0, Terms.Zero, [.. scenario.Horizon.Labels()],
            [.. scenario.Cadres.Select(c => new Assignment(c.Id, [.. rows[c.Id]]))], [.. trainings], [], [], []);
        var view = new PlanView(scenario, plan);
        var counts = ObjectiveRule.AllTerms.ToDictionary(t => t.Id, t => t.Count(view));
        return new Terms(counts["vacancy"], counts["moves"], counts["excessMoves"], counts["trainingCost"], counts["crossOffice"],
            counts["preference"], counts["changes"]);
    }
}
