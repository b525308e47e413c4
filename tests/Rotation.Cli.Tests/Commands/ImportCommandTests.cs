using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rotation.Roster;

namespace Rotation.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-import-").FullName;

    private string At(string name) => Path.Combine(_dir, name);

    /// <summary>The template with the post of its first cadre (Cadres!D2) misspelt and the grade of the second (C3) a word.</summary>
    private string BrokenRoster()
    {
        var path = At("roster.xlsx");
        File.WriteAllBytes(path, RosterExport.Template());
        using var document = SpreadsheetDocument.Open(path, true);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == RosterLayout.Cadres);
        var cells = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToList();
        cells.Single(c => c.CellReference == "D2").InlineString = new InlineString(new Text("cyber-op-1"));
        var grade = cells.Single(c => c.CellReference == "C3");
        (grade.DataType, grade.CellValue, grade.InlineString) = (CellValues.InlineString, null, new InlineString(new Text("three")));
        return path;
    }

    [Fact]
    public void Every_problem_is_printed_with_its_sheet_and_cell_exit_2_and_nothing_is_written()
    {
        var roster = BrokenRoster();

        var run = CliRun.Of("import", roster, "--out", At("scenario.json"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            $"{roster}: Cadres!C3: \"three\" is not a whole number; write digits only, e.g. 2\n" +
            $"{roster}: Cadres!D2: unknown post \"cyber-op-1\"; did you mean \"cyber-ops-1\"? (ids come from sheet Posts)\n" +
            $"{roster}: 2 problems; nothing was done\n", run.Error);
        Assert.Equal("", run.Output);
        Assert.Equal([roster], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Solve_and_validate_read_a_workbook_by_its_extension_and_report_its_cells()
    {
        var roster = BrokenRoster();

        var validate = CliRun.Of("validate", roster);
        var solve = CliRun.Of("solve", roster, "--out", At("out"), "--time-limit", "5", "--workers", "1");

        Assert.Equal((ExitCodes.InvalidInput, ExitCodes.InvalidInput), (validate.ExitCode, solve.ExitCode));
        Assert.Contains($"{roster}: Cadres!D2: unknown post \"cyber-op-1\"", validate.Error);
        Assert.Contains($"{roster}: Cadres!D2: unknown post \"cyber-op-1\"", solve.Error);
        Assert.False(Directory.Exists(At("out")));
    }

    [Fact]
    public void Solve_plans_a_workbook_scenario()
    {
        File.WriteAllBytes(At("roster.xlsx"), RosterExport.Template());

        var run = CliRun.Of("solve", At("roster.xlsx"), "--out", At("out"), "--time-limit", "10", "--workers", "1");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("Optimal plan", run.Output);
        Assert.True(File.Exists(Path.Combine(At("out"), "plan.json")));
    }

    [Fact]
    public void A_workbook_without_the_xlsx_extension_is_known_by_its_zip_signature()
    {
        File.WriteAllBytes(At("roster.data"), RosterExport.Template());

        var run = CliRun.Of("validate", At("roster.data"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
