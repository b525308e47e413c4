using System.CommandLine;
using Rotation.Outputs.Files;
using Rotation.Roster;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation export SCENARIO --out ROSTER.xlsx</c>: the scenario as a workbook HR edits in Excel or LibreOffice;
/// <c>--template</c> writes one with a worked example row per sheet instead.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string?>("SCENARIO") { Description = "The scenario file to export (JSON or .xlsx).", Arity = ArgumentArity.ZeroOrOne };
        var template = new Option<bool>("--template") { Description = "Write the template instead: headers, drop-downs and one example row per sheet." };
        var file = new Option<string>("--out") { Description = "The workbook to write (.xlsx).", Required = true };
        var command = new Command("export", "Write a scenario as a roster workbook (.xlsx, see docs/roster.md), or with --template an example one.")
        {
            scenario, template, file,
        };
        command.SetAction(parse => Run(parse.GetValue(scenario), parse.GetValue(template), parse.GetRequiredValue(file), output, error));
        return command;
    }

    private static int Run(string? path, bool template, string outPath, TextWriter output, TextWriter error)
    {
        if (template == (path is not null))
        {
            error.WriteLine(template
                ? "rotation: export --template takes no SCENARIO; leave it out, or drop --template to export it"
                : "rotation: export needs a SCENARIO to export, or --template for the example workbook");
            return ExitCodes.Usage;
        }
        if (path is null)
        {
            AtomicFile.Write(outPath, RosterExport.Template());
            output.WriteLine($"Written {outPath}: the roster template, one example row per sheet; see its \"{RosterLayout.ReadMe}\" sheet.");
            return ExitCodes.Ok;
        }
        var bytes = InputFile.Read(path, error);
        if (bytes is null) return ExitCodes.InvalidInput;
        var loaded = ScenarioInput.Read(bytes, path).Loaded;
        if (!InputFile.Report(path, loaded, error)) return ExitCodes.InvalidInput;
        var s = loaded.Value!;
        AtomicFile.Write(outPath, RosterExport.ToBytes(s));
        output.WriteLine($"Written {outPath}: {Words.Count(s.Offices.Length, "office")}, {Words.Count(s.Posts.Length, "post")}, " +
                         $"{Words.Count(s.Cadres.Length, "cadre")}; edit it, then rotation import {outPath} --out SCENARIO.json.");
        return ExitCodes.Ok;
    }
}
