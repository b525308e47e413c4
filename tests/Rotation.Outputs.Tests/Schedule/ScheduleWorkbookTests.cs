using ClosedXML.Excel;
using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Schedule;

public class ScheduleWorkbookTests
{
    private static XLWorkbook Open() => new(new MemoryStream(ScheduleWorkbook.ToBytes(Seed.View, Seed.Made)));

    [Fact]
    public void The_workbook_opens_with_the_grid_and_one_sheet_per_table()
    {
        using var book = Open();

        Assert.Equal(["Schedule", "Headcount", "Trainings", "Handovers", "Checkpoints"], book.Worksheets.Select(s => s.Name));
        var grid = book.Worksheet(ScheduleWorkbook.GridSheet);
        Assert.Equal(Seed.Plan.Months, Enumerable.Range(3, Seed.Plan.Months.Length).Select(c => grid.Cell(1, c).GetString()));
        for (var r = 0; r < Seed.Plan.Assignments.Length; r++)
        {
            var a = Seed.Plan.Assignments[r];
            Assert.Equal(a.Cadre, grid.Cell(r + 2, 1).GetString());
            Assert.Equal(Seed.View.CadreName(a.Cadre), grid.Cell(r + 2, 2).GetString());
            Assert.Equal(a.Posts.Select(p => p ?? ""), Enumerable.Range(3, a.Posts.Length).Select(c => grid.Cell(r + 2, c).GetString()));
        }
    }

    [Fact]
    public void Grid_cells_are_coloured_by_office_under_frozen_headers()
    {
        using var book = Open();
        var grid = book.Worksheet(ScheduleWorkbook.GridSheet);

        Assert.Equal((1, 2), (grid.SheetView.SplitRow, grid.SheetView.SplitColumn));
        var post = Seed.Plan.Assignments[0].Posts[0]!;
        var colour = grid.Cell(2, 3).Style.Fill.BackgroundColor.Color;
        Assert.Equal(OfficePalette.Of(Seed.View, Seed.View.OfficeOf(post)).TrimStart('#').ToUpperInvariant(), $"{colour.R:X2}{colour.G:X2}{colour.B:X2}");
    }

    [Fact]
    public void The_handovers_and_checkpoints_sheets_hold_the_csv_lines_row_for_row()
    {
        using var book = Open();

        Assert.Equal(HandoverCsv.Rows(Seed.View).Select(r => string.Join("|", r)), Lines(book.Worksheet("Handovers"), HandoverCsv.Header.Count));
        Assert.Equal(CheckpointCsv.Rows(Seed.View).Select(r => string.Join("|", r)), Lines(book.Worksheet("Checkpoints"), CheckpointCsv.Header.Count));
    }

    private static IEnumerable<string> Lines(IXLWorksheet sheet, int columns) =>
        Enumerable.Range(2, sheet.LastRowUsed()!.RowNumber() - 1)
            .Select(r => string.Join("|", Enumerable.Range(1, columns).Select(c => sheet.Cell(r, c).GetString())));

    [Fact]
    public void The_table_sheets_hold_one_row_per_plan_row()
    {
        using var book = Open();

        Assert.Equal(Seed.Plan.Handovers.Length, book.Worksheet("Handovers").LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(Seed.Plan.Checkpoints.Length, book.Worksheet("Checkpoints").LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(Seed.Plan.Trainings.Length, book.Worksheet("Trainings").LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(Seed.Scenario.Offices.Length * Seed.Plan.Months.Length, book.Worksheet("Headcount").LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(Seed.Made.UtcDateTime, book.Properties.Created);
    }
}
