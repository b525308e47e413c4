// Linked into the test projects that run a policy experiment.
using System.Text;
using Rotation.Domain.Loading;
using Rotation.Experiments;

namespace Rotation.Tests;

/// <summary>
/// A small experiment on a small scenario, written to a temporary folder: two offices, four posts, six cadres, a year,
/// two variants (the base and a shorter rotation cycle) and workforce rates high enough that every replication draws.
/// </summary>
internal sealed class SmallExperiment : IDisposable
{
    public const string Scenario = """
        { "name": "small", "horizon": { "start": "2027-01", "months": 12 },
          "offices": [{ "id": "a" }, { "id": "b" }], "workNatures": [{ "id": "w" }],
          "posts": [{ "id": "a1", "office": "a", "workNature": "w", "min": 1, "max": 2 },
                    { "id": "a2", "office": "a", "workNature": "w", "min": 1, "max": 2 },
                    { "id": "b1", "office": "b", "workNature": "w", "min": 1, "max": 2, "minGrade": 1, "maxGrade": 3 },
                    { "id": "b2", "office": "b", "workNature": "w", "min": 1, "max": 2 }],
          "cadres": [{ "id": "c1", "grade": 1, "post": "a1", "since": "2025-01" },
                     { "id": "c2", "grade": 2, "post": "a1", "since": "2025-06" },
                     { "id": "c3", "grade": 1, "post": "a2", "since": "2026-01" },
                     { "id": "c4", "grade": 3, "post": "b1", "since": "2025-03" },
                     { "id": "c5", "grade": 2, "post": "b2", "since": "2026-02" },
                     { "id": "c6", "grade": 2, "post": "b2", "since": "2025-09", "pastOffices": ["a"] }],
          "policy": { "tenure": { "default": { "min": 3, "max": 36 } } } }
        """;

    public string Dir { get; } = Directory.CreateTempSubdirectory("rotation-experiment-").FullName;

    public string Out => Path.Combine(Dir, "out");

    public string File => Path.Combine(Dir, "experiment.json");

    public SmallExperiment(string? experimentJson = null)
    {
        System.IO.File.WriteAllText(Path.Combine(Dir, "small.json"), Scenario);
        System.IO.File.WriteAllText(File, experimentJson ?? Json());
    }

    public static string Json(int replications = 3, int seed = 7) => $$"""
        { "base": "small.json",
          "variants": { "today": {}, "cycle-30": { "policy": { "tenure": { "default": { "max": 30 } } } } },
          "baseline": "today", "replications": {{replications}}, "seed": {{seed}},
          "workforce": { "attritionPerYear": 0.3, "leaveSpellsPerYear": 0.6, "leaveMonths": 2, "hiresPerYear": 0.3 },
          "solver": { "timeLimit": 5, "workers": 1, "seed": 1 } }
        """;

    public Experiment Load()
    {
        var loaded = ExperimentLoader.Load(File, Encoding.UTF8.GetBytes(System.IO.File.ReadAllText(File)));
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Value!;
    }

    public static LoadResult<Experiment> LoadText(string dir, string json) =>
        ExperimentLoader.Load(Path.Combine(dir, "experiment.json"), Encoding.UTF8.GetBytes(json));

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
