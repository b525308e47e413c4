using System.Text.Json;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Time;
using Rotation.Solver;

namespace Rotation.Runs.Tests;

public sealed class SuggestRunTests : IDisposable
{
    private static readonly SolveOptions OneWorker = new() { Workers = 1, Seed = 1, TimeLimitSeconds = 20 };

    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-suggest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The current plan: everyone in their post throughout, scored as the checker counts it.</summary>
    private static Plan StayPut(Domain.Scenarios.Scenario s)
    {
        var rows = s.Cadres.ToDictionary(c => c.Id, c => (IReadOnlyList<string?>)[.. Enumerable.Repeat(c.Post, s.Horizon.Months)]);
        var draft = PlanAssembler.Assemble(s, new Decisions(rows, []), PlanStatus.Feasible, Terms.Zero, 0, 0, 0);
        var terms = ObjectiveRule.Count(new PlanView(s, draft));
        var objective = terms.Objective(s.Policy.Weights);
        return draft with { Terms = terms, Objective = objective, BestBound = objective };
    }

    // q holds one and c3 holds it; c1 and c2 hold p1 and p2. c4 is locked, c5 lacks the grade q asks for.
    private const string Scenario = """
        { "name": "suggest", "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p1", "office": "a", "workNature": "w", "min": 0, "max": 2 }, { "id": "p2", "office": "a", "workNature": "w", "min": 0, "max": 2 },
                     { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1, "minGrade": 2 } ],
          "cadres": [ { "id": "c1", "grade": 2, "post": "p1", "since": "2026-06", "preferences": [ { "post": "q", "weight": 5 } ] },
                      { "id": "c2", "grade": 2, "post": "p2", "since": "2026-06" },
                      { "id": "c3", "grade": 2, "post": "q", "since": "2026-06" },
                      { "id": "c4", "grade": 2, "post": "p1", "since": "2026-06", "locked": true },
                      { "id": "c5", "grade": 1, "post": "p2", "since": "2026-06" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """;

    [Fact]
    public void Who_could_fill_a_post_is_answered_by_checked_re_plans_ranked_by_objective()
    {
        var (json, scenario) = (ScenarioEdit.Parse(System.Text.Encoding.UTF8.GetBytes(Scenario)), ScenarioLoader.Load(Scenario).Value!);
        var plan = StayPut(scenario);

        var result = SuggestRun.Run(json, scenario, plan, new SuggestQuestion("q", null, new YearMonth(2027, 3), 5), OneWorker, _dir, TimeProvider.System);

        // c3 holds q already, c4 is locked and c5's grade is too low: only c1 and c2 are tried, and c1's wish puts them first.
        Assert.Equal(2, result.Eligible);
        Assert.Equal(["c1", "c2"], result.Suggestions.Select(s => s.Cadre));
        Assert.True(result.Suggestions[0].Objective <= result.Suggestions[1].Objective);
        foreach (var s in result.Suggestions)
        {
            var own = ScenarioLoader.Load(File.ReadAllBytes(Path.Combine(_dir, s.ScenarioFile))).Value!;
            var replan = PlanLoader.Load(File.ReadAllBytes(Path.Combine(_dir, s.PlanFile))).Value!;
            Assert.True(PlanChecker.Check(own, replan).Holds);
            Assert.Equal("q", own.Cadres.Single(c => c.Id == s.Cadre).PinnedPostIn(new YearMonth(2027, 3)));
            Assert.NotNull(own.Published);
            Assert.Equal("q", replan.Assignments.Single(a => a.Cadre == s.Cadre).Posts[2]);
            // q holds one, so c3 makes room: the only other row that changes.
            Assert.Equal(["c3"], s.Changes);
        }
        using var list = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, SuggestRun.ListFile)));
        var first = list.RootElement[0];
        Assert.Equal((1, "c1", "suggestion-1.json"), (first.GetProperty("rank").GetInt32(), first.GetProperty("cadre").GetString(), first.GetProperty("plan").GetString()));
        Assert.Equal(result.Suggestions[0].Objective, first.GetProperty("objective").GetInt64());
    }

    [Fact]
    public void Where_a_cadre_could_go_ranks_the_posts_and_leaves_no_earlier_suggestion_behind()
    {
        File.WriteAllText(Path.Combine(_dir, "suggestion-9.json"), "{}");
        var (json, scenario) = (ScenarioEdit.Parse(System.Text.Encoding.UTF8.GetBytes(Scenario)), ScenarioLoader.Load(Scenario).Value!);
        var plan = StayPut(scenario);

        var result = SuggestRun.Run(json, scenario, plan, new SuggestQuestion(null, "c2", new YearMonth(2027, 2), 1), OneWorker, _dir, TimeProvider.System);

        var only = Assert.Single(result.Suggestions);
        Assert.Equal("c2", only.Cadre);
        Assert.Contains(only.Post, new[] { "p1", "q" });
        Assert.False(File.Exists(Path.Combine(_dir, "suggestion-9.json")));
    }
}
