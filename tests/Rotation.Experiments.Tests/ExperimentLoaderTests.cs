namespace Rotation.Experiments.Tests;

public sealed class ExperimentLoaderTests : IDisposable
{
    private readonly SmallExperiment _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_valid_file_gets_its_defaults_and_its_variants_patched()
    {
        var experiment = _files.Load();

        Assert.Equal(["today", "cycle-30"], experiment.Variants.Select(v => v.Name));
        Assert.Equal("today", experiment.Baseline);
        Assert.Equal(3, experiment.Replications);
        Assert.Equal(new SolverSettings(5, 1, 1), experiment.Solver);
        Assert.Equal(30, experiment.Variants[1].Loaded.Policy.Tenure.Default.Max);
        Assert.Equal(3, experiment.Variants[1].Loaded.Policy.Tenure.Default.Min);
    }

    [Theory]
    [InlineData("cycle-60", 60)]
    [InlineData("cycle-48", 48)]
    [InlineData("cycle-36", 36)]
    public void The_bundled_example_patches_the_key_posts_cycle_and_keeps_its_minimum(string variant, int max)
    {
        var path = Repo.PathTo("datasets/experiments/cycle-length.json");
        var loaded = ExperimentLoader.Load(path, File.ReadAllBytes(path));

        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems));
        var policy = loaded.Value!.Variants.Single(v => v.Name == variant).Loaded.Policy;
        foreach (var keyPost in new[] { "security-ops", "legality-review", "office-management" })
            Assert.Equal(new Domain.Scenarios.Tenure(24, max), policy.Tenure.For(keyPost));
        Assert.Equal(new Domain.Scenarios.Tenure(18, 48), policy.Tenure.For("informatization"));
        Assert.Equal(("cycle-60", 20), (loaded.Value.Baseline, loaded.Value.Replications));
    }

    [Fact]
    public void Every_problem_is_listed_at_once_with_its_json_path_and_the_fix()
    {
        var loaded = SmallExperiment.LoadText(_files.Dir, """
            { "base": "small.json", "replication": 3,
              "variants": { "today": {}, "broken": { "policy": { "tenure": { "default": { "min": 40 } } } }, "bad/name": {} },
              "baseline": "tody", "replications": 0,
              "workforce": { "attritionPerYear": 2, "hires": 0.1 }, "solver": { "workers": 1.5 } }
            """);

        Assert.False(loaded.Succeeded);
        var problems = loaded.Problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(problems, p => p.StartsWith("$.replication: unknown field \"replication\"; did you mean \"replications\"?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.variants.broken: the patched scenario is invalid: $.policy.tenure.default: min 40 months is above max 36", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.variants.bad/name: a variant's name is also a folder name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.baseline: \"tody\" is not a variant; did you mean \"today\"?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.replications: 0 is not a whole number from 1 to 1000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.workforce.attritionPerYear: 2 is not a number from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.workforce.hires: unknown field", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.solver.workers: 1.5 is not a whole number", StringComparison.Ordinal));
        Assert.Equal(8, problems.Length);
    }

    [Fact]
    public void A_missing_base_file_says_where_it_was_looked_for()
    {
        var loaded = SmallExperiment.LoadText(_files.Dir, """{ "base": "nowhere.json", "variants": { "a": {} } }""");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("$.base", problem.Path);
        Assert.Contains(Path.Combine(_files.Dir, "nowhere.json"), problem.Message);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var loaded = SmallExperiment.LoadText(_files.Dir, "{\n  \"base\": \"small.json\",,\n}");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(2, problem.Line);
    }
}
