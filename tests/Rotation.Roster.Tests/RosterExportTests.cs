using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rotation.Roster.Tests;

/// <summary>What makes the workbook comfortable in a spreadsheet: drop-downs, real dates, frozen bold headers.</summary>
public class RosterExportTests
{
    private static readonly byte[] Workbook = RosterExport.Template();

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
    }

    [Fact]
    public void A_reference_column_is_a_drop_down_over_the_ids_of_its_sheet()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);

        var lists = Sheet(document, RosterLayout.Cadres).Descendants<DataValidation>()
            .Select(v => $"{v.SequenceOfReferences!.InnerText} {v.Formula1!.Text}");

        Assert.Equal(["D2:D2000 Posts!$A$2:$A$2000"], lists);
        Assert.Equal(["B2:B2000 Posts!$A$2:$A$2000", "C2:C2000 Offices!$A$2:$A$2000", "D2:D2000 WorkNatures!$A$2:$A$2000"],
            Sheet(document, RosterLayout.Preferences).Descendants<DataValidation>().Skip(1).Select(v => $"{v.SequenceOfReferences!.InnerText} {v.Formula1!.Text}"));
    }

    [Fact]
    public void Months_are_date_cells_shown_as_year_and_month()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);

        var since = Sheet(document, RosterLayout.Cadres).Descendants<Cell>().Single(c => c.CellReference == "E2");
        var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)since.StyleIndex!.Value);
        var code = document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;

        Assert.Null(since.DataType);
        Assert.Equal(new DateTime(2024, 3, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), since.CellValue!.Text);
        Assert.Equal("yyyy-mm", code);
    }

    [Fact]
    public void Every_sheet_freezes_its_bold_filled_header_row()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook), false);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        foreach (var name in RosterLayout.Sheets.Select(s => s.Name).Prepend(RosterLayout.ReadMe))
        {
            var sheet = Sheet(document, name);
            Assert.Equal(1u, sheet.Descendants<Pane>().Single().HorizontalSplit!.Value);
            var header = sheet.Descendants<Cell>().Single(c => c.CellReference == "A1");
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value);
            Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PatternValues.Solid, styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!.PatternType!.Value);
        }
    }
}
