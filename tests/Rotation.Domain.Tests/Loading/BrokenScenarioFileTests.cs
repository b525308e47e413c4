using Rotation.Domain.Loading;

namespace Rotation.Domain.Tests.Loading;

/// <summary>
/// Each file in Loading/Broken has one thing wrong, named by the file; the CLI tests run <c>rotation validate</c> on the
/// same files. Here each must be refused with exactly one problem, at the path in this table.
/// </summary>
public class BrokenScenarioFileTests
{
    private static readonly string Folder = Repo.PathTo("tests/Rotation.Domain.Tests/Loading/Broken");

    private static readonly Dictionary<string, string> ExpectedPath = new()
    {
        ["course-capacity-zero.json"] = "$.courses[0].capacity",
        ["course-without-sessions.json"] = "$.courses[0].sessions",
        ["course-zero-months.json"] = "$.courses[0].months",
        ["deeply-nested.json"] = "$",
        ["duplicate-post-id.json"] = "$.posts[2]",
        ["empty-cadres.json"] = "$.cadres",
        ["empty-file.json"] = "$",
        ["grade-as-text.json"] = "$.cadres[1].grade",
        ["horizon-over-600-months.json"] = "$.horizon.months",
        ["horizon-start-month-13.json"] = "$.horizon.start",
        ["joiner-unavailable-in-joining-month.json"] = "$.cadres[2].joins",
        ["leaves-at-horizon-start.json"] = "$.cadres[1].leaves",
        ["leaves-before-joins.json"] = "$.cadres[2].leaves",
        ["malformed-holiday.json"] = "$.calendar.holidays[0]",
        ["min-grade-above-max-grade.json"] = "$.posts[0].minGrade",
        ["missing-horizon.json"] = "$.horizon",
        ["not-json.json"] = "$",
        ["post-missing-work-nature.json"] = "$.posts[1].workNature",
        ["preference-with-two-targets.json"] = "$.cadres[0].preferences[0]",
        ["published-repeated-cadre.json"] = "$.published.assignments[1]",
        ["published-repeated-month.json"] = "$.published.months",
        ["published-row-wrong-length.json"] = "$.published.assignments[0].posts",
        ["repeated-checkpoint-months.json"] = "$.policy.checkpointMonths",
        ["root-is-a-list.json"] = "$",
        ["since-after-horizon-start.json"] = "$.cadres[0].since",
        ["tenure-min-above-max.json"] = "$.policy.tenure.default",
        ["tenure-min-below-one.json"] = "$.policy.tenure.byWorkNature.security-ops.min",
        ["unknown-office-reference.json"] = "$.posts[1].office",
        ["unknown-post-reference.json"] = "$.cadres[0].post",
        ["weight-above-a-million.json"] = "$.policy.weights.vacancy",
    };

    public static TheoryData<string> BrokenFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Each_broken_file_is_refused_with_one_problem_at_the_expected_path(string name)
    {
        Assert.True(ExpectedPath.TryGetValue(name, out var expected), $"add {name} to the table with its expected path");

        var result = ScenarioLoader.Load(File.ReadAllBytes(Path.Combine(Folder, name)));

        result.SingleProblem(expected);
    }

    [Fact]
    public void The_folder_holds_at_least_15_broken_files_and_every_table_entry_has_its_file()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).ToHashSet();

        Assert.True(files.Count >= 15, $"only {files.Count} broken files");
        Assert.All(ExpectedPath.Keys, name => Assert.Contains(name, files));
    }

    [Fact]
    public void The_syntax_error_file_gives_the_line_and_column_of_the_missing_comma()
    {
        // Line 4 starts with "offices" where a comma was expected after the horizon on line 3.
        var problem = ScenarioLoader.Load(File.ReadAllBytes(Path.Combine(Folder, "not-json.json"))).SingleProblem("$");

        Assert.Equal((4L, 3L), (problem.Line, problem.Column));
    }
}
