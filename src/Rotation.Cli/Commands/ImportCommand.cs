using System.CommandLine;
using Rotation.Outputs.Files;
using Rotation.Roster;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation import ROSTER.xlsx --out SCENARIO.json</c>: the workbook back as a scenario file, checked by the same
/// rules as any; every problem is listed with its sheet and cell, and nothing is written while there is one.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var roster = new Argument<string>("ROSTER") { Description = "The roster workbook (.xlsx), as exported or from the template." };
        var file = new Option<string>("--out") { Description = "The scenario file to write (JSON).", Required = true };
        var command = new Command("import", "Read a roster workbook (.xlsx) into a scenario file; every problem is listed with its sheet and cell.")
        {
            roster, file,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(roster), parse.GetRequiredValue(file), output, error));
        return command;
    }

    private static int Run(string path, string outPath, TextWriter output, TextWriter error)
    {
        var bytes = InputFile.Read(path, error);
        if (bytes is null) return ExitCodes.InvalidInput;
        var imported = RosterImport.Read(bytes);
        if (!InputFile.Report(path, imported.Loaded, error)) return ExitCodes.InvalidInput;
        var s = imported.Loaded.Value!;
        AtomicFile.Write(outPath, imported.Json!);
        output.WriteLine($"Written {outPath}: {Words.Count(s.Offices.Length, "office")}, {Words.Count(s.Posts.Length, "post")}, " +
                         $"{Words.Count(s.Cadres.Length, "cadre")}, {Words.Count(s.Courses.Length, "course")}; " +
                         $"{Words.Count(s.Horizon.Months, "month")} from {s.Horizon.Start}.");
        return ExitCodes.Ok;
    }
}
