using System.Text.Json.Nodes;
using Rotation.Domain.Loading;
using Rotation.Experiments.Workforce;

namespace Rotation.Experiments.Tests.Workforce;

public sealed class DrawTests : IDisposable
{
    private readonly SmallExperiment _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Every_variant_of_a_replication_gets_the_same_workforce()
    {
        var experiment = _files.Load();

        for (var r = 1; r < 6; r++)
        {
            var drawn = DrawnReplication.Of(experiment, r);
            var cadres = drawn.ByVariant.Values.Select(s => s.Json["cadres"]!).ToArray();

            Assert.Equal(2, cadres.Length);
            Assert.True(JsonNode.DeepEquals(cadres[0], cadres[1]), $"replication {r}");
        }
    }

    [Fact]
    public void The_variants_still_differ_in_what_their_patch_changes()
    {
        var drawn = DrawnReplication.Of(_files.Load(), 1);

        Assert.Equal(36, drawn.ByVariant["today"].Scenario.Policy.Tenure.Default.Max);
        Assert.Equal(30, drawn.ByVariant["cycle-30"].Scenario.Policy.Tenure.Default.Max);
    }

    [Fact]
    public void The_same_seed_and_replication_draw_the_same_events_and_other_replications_draw_others()
    {
        var experiment = _files.Load();

        var first = Enumerable.Range(1, 5).Select(r => Describe(DrawnReplication.Of(experiment, r).Draw)).ToArray();
        var again = Enumerable.Range(1, 5).Select(r => Describe(DrawnReplication.Of(experiment, r).Draw)).ToArray();

        Assert.Equal(first, again);
        Assert.True(first.Distinct().Count() > 1);
        Assert.Contains(first, d => d != "||");
    }

    [Fact]
    public void Changing_one_rate_leaves_the_other_kinds_of_draws_as_they_were()
    {
        var experiment = _files.Load();
        var moreLeave = experiment with { Workforce = experiment.Workforce with { LeaveSpellsPerYear = 3 } };

        for (var r = 1; r < 6; r++)
        {
            var before = DrawnReplication.Of(experiment, r).Draw;
            var after = DrawnReplication.Of(moreLeave, r).Draw;
            Assert.Equal(before.Leavers.Select(l => l.ToString()), after.Leavers.Select(l => l.ToString()));
            Assert.Equal(before.Hires.Select(h => $"{h.Id} {h.Grade} {h.Joins} {h.LikePost}"), after.Hires.Select(h => $"{h.Id} {h.Grade} {h.Joins} {h.LikePost}"));
            Assert.True(after.Spells.Length >= before.Spells.Length);
        }
    }

    [Fact]
    public void Replication_zero_draws_nothing()
    {
        var drawn = DrawnReplication.Of(_files.Load(), 0);

        Assert.Equal("||", Describe(drawn.Draw));
        Assert.True(JsonNode.DeepEquals(_files.Load().Variants[0].Scenario, drawn.ByVariant["today"].Json));
    }

    [Fact]
    public void Every_drawn_scenario_is_valid_and_a_hire_is_a_joiner_a_post_would_take()
    {
        var experiment = _files.Load();

        for (var r = 1; r < 20; r++)
        {
            var drawn = DrawnReplication.Of(experiment, r);
            Assert.Null(drawn.Error);
            foreach (var cell in drawn.ByVariant.Values)
                Assert.True(ScenarioLoader.Load(ScenarioEdit.ToUtf8(cell.Json)).Succeeded);
            foreach (var hire in drawn.Draw.Hires)
            {
                var post = experiment.BaseScenario.Posts.Single(p => p.Id == hire.LikePost);
                Assert.True(post.AdmitsGrade(hire.Grade));
                Assert.Equal(post.Requires, hire.Competencies);
                Assert.True(hire.Joins > experiment.BaseScenario.Horizon.Start);
            }
        }
    }

    [Fact]
    public void A_draw_that_would_make_a_scenario_invalid_is_drawn_again_and_recorded()
    {
        // A joiner in every month from the second: any leave spell in a join month is invalid, so some draw is redrawn.
        var scenario = JsonNode.Parse(SmallExperiment.Scenario)!.AsObject();
        var cadres = scenario["cadres"]!.AsArray();
        for (var m = 2; m <= 12; m++)
            cadres.Add(new JsonObject { ["id"] = $"j{m}", ["grade"] = 1, ["joins"] = $"2027-{m:00}" });
        File.WriteAllText(Path.Combine(_files.Dir, "small.json"), scenario.ToJsonString());
        var experiment = _files.Load() with { Workforce = new WorkforceRates(0, 3, 2, 0) };

        var drawn = Enumerable.Range(1, 10).Select(r => DrawnReplication.Of(experiment, r)).ToArray();

        var redrawn = drawn.FirstOrDefault(d => d.Redraws.Length > 0);
        Assert.NotNull(redrawn);
        Assert.Contains("unavailable", string.Join(" ", redrawn.Redraws[0].Problems));
        Assert.All(drawn.Where(d => d.Error is null), d => Assert.Equal(d.Redraws.Length, d.Draw.Attempt));
    }

    private static string Describe(WorkforceDraw d) =>
        $"{string.Join(",", d.Leavers)}|{string.Join(",", d.Spells.Select(s => $"{s.Cadre}:{s.Months.From}-{s.Months.To}"))}|{string.Join(",", d.Hires)}";
}
