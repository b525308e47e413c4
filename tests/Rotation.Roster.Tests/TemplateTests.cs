using Rotation.Outputs.Xlsx;
using Rotation.Roster.Xlsx;

namespace Rotation.Roster.Tests;

/// <summary>datasets/roster-template.xlsx is what <c>rotation export --template</c> writes today, so it cannot go stale.</summary>
public class TemplateTests
{
    private static readonly byte[] Shipped = File.ReadAllBytes(Repo.PathTo("datasets/roster-template.xlsx"));

    [Fact]
    public void The_shipped_template_holds_the_same_cells_in_every_sheet_as_a_fresh_one()
    {
        // The bytes differ by the zip's timestamps only; the cells, the Read me included, must not.
        Assert.Equal(Cells(RosterExport.Template()), Cells(Shipped));
    }

    [Fact]
    public void The_shipped_template_imports_as_a_fresh_one_does()
    {
        Assert.Equal(Canonical.Of(Canonical.Import(RosterExport.Template())), Canonical.Of(Canonical.Import(Shipped)));
    }

    [Fact]
    public void The_template_has_a_read_me_first_and_one_sheet_per_list_each_with_an_example_row()
    {
        var sheets = WorkbookReader.Read(Shipped, out _)!;

        Assert.Equal([RosterLayout.ReadMe, .. RosterLayout.Sheets.Select(s => s.Name)], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.True(s.Rows.Keys.Max() >= 2, $"{s.Name} has no example row"));
    }

    private static IEnumerable<string> Cells(byte[] workbook) =>
        WorkbookReader.Read(workbook, out _)!.SelectMany(s => s.Rows.SelectMany(r => r.Value.Select(c => $"{s.Name}!{new CellAddress(c.Key, r.Key)}={c.Value}")));
}
