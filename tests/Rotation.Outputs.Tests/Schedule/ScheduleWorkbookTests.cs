using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Schedule;

public class ScheduleWorkbookTests
{
    private static WorkbookCells Open() => new(ScheduleWorkbook.ToBytes(Seed.View, Seed.Made));

    [Fact]
    public void The_workbook_opens_with_the_grid_and_one_sheet_per_table()
    {
        using var book = Open();

        Assert.Equal(["Schedule", "Headcount", "Trainings", "Handovers", "Checkpoints"], book.SheetNames);
        const string grid = ScheduleWorkbook.GridSheet;
        Assert.Equal(Seed.Plan.Months, Enumerable.Range(3, Seed.Plan.Months.Length).Select(c => book.Text(grid, 1, c)));
        for (var r = 0; r < Seed.Plan.Assignments.Length; r++)
        {
            var a = Seed.Plan.Assignments[r];
            Assert.Equal(a.Cadre, book.Text(grid, r + 2, 1));
            Assert.Equal(Seed.View.CadreName(a.Cadre), book.Text(grid, r + 2, 2));
            Assert.Equal(a.Posts.Select(p => p ?? ""), Enumerable.Range(3, a.Posts.Length).Select(c => book.Text(grid, r + 2, c)));
        }
    }

    [Fact]
    public void Grid_cells_are_coloured_by_office_under_frozen_bold_headers()
    {
        using var book = Open();
        const string grid = ScheduleWorkbook.GridSheet;

        Assert.Equal((1, 2), book.Frozen(grid));
        Assert.True(book.Bold(grid, 1, 3));
        var post = Seed.Plan.Assignments[0].Posts[0]!;
        Assert.Equal(OfficePalette.Of(Seed.View, Seed.View.OfficeOf(post)).TrimStart('#').ToUpperInvariant(), book.Fill(grid, 2, 3));
    }

    [Fact]
    public void The_handovers_and_checkpoints_sheets_hold_the_csv_lines_row_for_row()
    {
        using var book = Open();

        Assert.Equal(HandoverCsv.Rows(Seed.View).Select(r => string.Join("|", r)), Lines(book, "Handovers", HandoverCsv.Header.Count));
        Assert.Equal(CheckpointCsv.Rows(Seed.View).Select(r => string.Join("|", r)), Lines(book, "Checkpoints", CheckpointCsv.Header.Count));
    }

    private static IEnumerable<string> Lines(WorkbookCells book, string sheet, int columns) =>
        Enumerable.Range(2, book.LastRow(sheet) - 1)
            .Select(r => string.Join("|", Enumerable.Range(1, columns).Select(c => book.Text(sheet, r, c))));

    [Fact]
    public void The_table_sheets_hold_one_row_per_plan_row()
    {
        using var book = Open();

        Assert.Equal(Seed.Plan.Handovers.Length, book.LastRow("Handovers") - 1);
        Assert.Equal(Seed.Plan.Checkpoints.Length, book.LastRow("Checkpoints") - 1);
        Assert.Equal(Seed.Plan.Trainings.Length, book.LastRow("Trainings") - 1);
        Assert.Equal(Seed.Scenario.Offices.Length * Seed.Plan.Months.Length, book.LastRow("Headcount") - 1);
        Assert.Equal(Seed.Made.UtcDateTime, book.Created);
    }
}
