using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rotation.Outputs.Tests.Schedule;

/// <summary>Reads back what the schedule workbook tests look at, with the Open XML SDK: sheets, cell text, panes and fills.</summary>
internal sealed class WorkbookCells : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookCells(byte[] bytes) => _document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public IEnumerable<string> SheetNames => Book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!);

    public DateTime? Created => _document.PackageProperties.Created;

    /// <summary>The text of a cell (row and column from 1), numbers as written; "" for an empty cell.</summary>
    public string Text(string sheet, int row, int column) => Cell(sheet, row, column) is { } cell
        ? cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.DataType?.Value == CellValues.SharedString ? Book.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
        : cell.CellValue?.Text ?? ""
        : "";

    public int LastRow(string sheet) => (int)Worksheet(sheet).Descendants<Row>().Where(r => r.Elements<Cell>().Any()).Max(r => r.RowIndex!.Value);

    /// <summary>The frozen rows and columns.</summary>
    public (int Rows, int Columns) Frozen(string sheet)
    {
        var pane = Worksheet(sheet).Descendants<Pane>().Single();
        return ((int)(pane.HorizontalSplit?.Value ?? 0), (int)(pane.VerticalSplit?.Value ?? 0));
    }

    /// <summary>The solid background of a cell as "RRGGBB", or null.</summary>
    public string? Fill(string sheet, int row, int column)
    {
        var style = Cell(sheet, row, column)?.StyleIndex?.Value ?? 0;
        var styles = Book.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0)).PatternFill;
        return fill?.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor!.Rgb!.Value![2..] : null;
    }

    public bool Bold(string sheet, int row, int column)
    {
        var styles = Book.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, row, column)?.StyleIndex?.Value ?? 0));
        return styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).Bold is not null;
    }

    private WorkbookPart Book => _document.WorkbookPart!;

    private Worksheet Worksheet(string name)
    {
        var sheet = Book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Book.GetPartById(sheet.Id!)).Worksheet;
    }

    private Cell? Cell(string sheet, int row, int column)
    {
        var reference = $"{Letters(column)}{row}";
        return Worksheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
    }

    private static string Letters(int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }

    public void Dispose() => _document.Dispose();
}
