using Rotation.Outputs.Files;

namespace Rotation.Cli.Tests.Commands;

// One class, so its tests run one after the other: the second hides Chromium by changing PATH for the whole process.
public sealed class SolveCommandTests : IDisposable
{
    // Two offices and posts, two cadres who may swap after a month; solves in well under a second.
    private const string Tiny = """
        { "name": "小型 tiny", "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a", "name": "甲办公室" }, { "id": "b", "name": "乙办公室" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "reviewer": "甲主任", "handoverItems": ["印章"] },
                     { "id": "q", "office": "b", "workNature": "w", "reviewer": "乙主任" } ],
          "cadres": [ { "id": "c1", "name": "张伟", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "office": "b", "weight": 50 } ] },
                      { "id": "c2", "name": "王芳", "grade": 1, "post": "q", "since": "2026-01", "preferences": [ { "office": "a", "weight": 50 } ] } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-solve-").FullName;

    private CliRun Solve(params string[] options)
    {
        var scenario = Path.Combine(_dir, "tiny.json");
        File.WriteAllText(scenario, Tiny);
        return CliRun.Of(["solve", scenario, "--out", Path.Combine(_dir, "out"), "--time-limit", "5", "--workers", "1", .. options]);
    }

    private string Report() => File.ReadAllText(Path.Combine(_dir, "out", "report.html"));

    private string[] Written() => [.. Directory.GetFiles(Path.Combine(_dir, "out")).Select(f => Path.GetFileName(f)!).Order()];

    [Fact]
    public void Solve_writes_every_output_and_with_screenshot_the_report_picture()
    {
        Assert.True(Rotation.Outputs.Report.Chromium.Find() is not null, "this test needs chromium: apt-get install -y chromium");

        var run = Solve("--screenshot");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal([.. OutputSet.Files.Append("report.png").Order()], Written());
        Assert.Contains("Screenshot of the report", run.Output);
        Assert.Contains("王芳", File.ReadAllText(Path.Combine(_dir, "out", "handovers.md")));
    }

    [Fact]
    public void Without_chromium_the_screenshot_is_skipped_with_a_warning_and_the_plan_is_written()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", _dir);
        CliRun run;
        try { run = Solve("--screenshot"); }
        finally { Environment.SetEnvironmentVariable("PATH", path); }

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--screenshot: chromium is not installed", run.Error);
        Assert.Contains("report.png is not", run.Error);
        Assert.Equal([.. OutputSet.Files.Order()], Written());
    }

    [Fact]
    public void Lang_zh_writes_the_report_in_chinese_and_leaves_the_other_files_as_they_are()
    {
        var run = Solve("--lang", "zh");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var report = Report();
        Assert.Contains("<html lang=\"zh-CN\">", report);
        Assert.Contains("<h1>轮岗方案</h1>", report);
        Assert.Matches("共 2 次轮岗（2 次跨部门），无人超过最长任期，无岗位缺员，0 次培训；已于 \\d{4}-\\d{2}-\\d{2} 按 tiny.json 核验全部规则。", report);
        Assert.StartsWith("cadre,name,offices,posts,moves", File.ReadAllText(Path.Combine(_dir, "out", "records.csv")));
    }

    [Fact]
    public void Without_lang_the_report_is_in_english()
    {
        var run = Solve();

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("<html lang=\"en\">", Report());
        Assert.Contains("<h1>Rotation plan</h1>", Report());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
