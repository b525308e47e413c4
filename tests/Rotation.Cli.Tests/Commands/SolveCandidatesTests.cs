using System.Text.Json;

namespace Rotation.Cli.Tests.Commands;

public sealed class SolveCandidatesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-candidates-").FullName;

    // One cadre over four months who likes p: staying is best, moving to q for the last two months next.
    private const string Scenario = """
        { "name": "two posts", "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06", "preferences": [ { "post": "p", "weight": 3 } ] } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "weights": { "move": 10, "excessMoves": 0, "crossOffice": 0 } } }
        """;

    private string ScenarioFile()
    {
        var path = Path.Combine(_dir, "two-posts.json");
        File.WriteAllText(path, Scenario);
        return path;
    }

    [Fact]
    public void Candidates_are_written_each_in_a_folder_of_its_own_with_their_list_and_comparison()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(Path.Combine(outDir, "candidate-5"));

        var run = CliRun.Of("solve", ScenarioFile(), "--out", outDir, "--candidates", "2", "--diversity", "2", "--workers", "1", "--time-limit", "20");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("candidate-1: Optimal plan", run.Output);
        Assert.Contains("candidate-2: ", run.Output);
        Assert.True(File.Exists(Path.Combine(outDir, "candidate-1", "plan.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "candidate-2", "report.html")));
        Assert.False(Directory.Exists(Path.Combine(outDir, "candidate-5")), "an earlier run's candidate folder was left");
        using var list = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "candidates.json")));
        var candidates = list.RootElement.EnumerateArray().ToArray();
        Assert.Equal([-12L, 4L], candidates.Select(c => c.GetProperty("objective").GetInt64()));
        Assert.Equal(2, candidates[0].GetProperty("distances").GetProperty("candidate-2").GetInt32());
        Assert.True(File.Exists(Path.Combine(outDir, "compare.json")));
    }

    [Fact]
    public void Diversity_without_candidates_is_a_usage_error()
    {
        var run = CliRun.Of("solve", ScenarioFile(), "--out", _dir, "--diversity", "3");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--diversity goes with --candidates", run.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    public void A_candidate_count_out_of_range_is_a_usage_error(string count)
    {
        var run = CliRun.Of("solve", ScenarioFile(), "--out", _dir, "--candidates", count);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--candidates must be between 1 and 20", run.Error);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
