using System.CommandLine;
using Rotation.Roster;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation validate SCENARIO</c>: checks a scenario file and lists every problem in it.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file: JSON (see docs/scenario.md) or a roster workbook (.xlsx, see docs/roster.md)." };
        var command = new Command("validate", "Check a scenario file: every problem is listed with its JSON path (or a workbook's sheet and cell) and the fix.")
        {
            scenario,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(scenario), output, error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        var bytes = InputFile.Read(path, error);
        if (bytes is null) return ExitCodes.InvalidInput;
        var result = ScenarioInput.Read(bytes, path).Loaded;
        if (!InputFile.Report(path, result, error)) return ExitCodes.InvalidInput;
        var s = result.Value!;
        output.WriteLine($"{path}: valid. {Words.Count(s.Offices.Length, "office")}, {Words.Count(s.Posts.Length, "post")}, " +
                         $"{Words.Count(s.Cadres.Length, "cadre")}, {Words.Count(s.Courses.Length, "course")}; " +
                         $"{Words.Count(s.Horizon.Months, "month")} from {s.Horizon.Start}.");
        return ExitCodes.Ok;
    }

}
