using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rotation.Outputs.Xlsx;

/// <summary>What one cell holds when written: text, a whole number, true/false, a month or a day.</summary>
public abstract record CellData
{
    public sealed record Text(string Value) : CellData;
    public sealed record Number(long Value) : CellData;
    public sealed record Flag(bool Value) : CellData;
    public sealed record Month(DateOnly FirstDay) : CellData;
    public sealed record Day(DateOnly Value) : CellData;

    public static CellData? Of(object? value) => value switch
    {
        null => null,
        CellData d => d,
        string s => new Text(s),
        int n => new Number(n),
        long n => new Number(n),
        bool b => new Flag(b),
        DateOnly d => new Day(d),
        Domain.Time.YearMonth m => new Month(m.FirstDay),
        _ => throw new ArgumentException($"no cell for a {value.GetType().Name}", nameof(value)),
    };
}

/// <summary>A drop-down list on the cells of one column: the ids in another sheet's first column, or fixed words.</summary>
public sealed record DropDown(int Column, string Source);

/// <summary>One sheet to write: rows of cells (row 0 is the header), frozen rows and columns, widths and drop-downs.</summary>
public sealed record SheetContent(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, int FrozenRows = 1, int FrozenColumns = 0)
{
    public IReadOnlyList<double> Widths { get; init; } = [];
    public IReadOnlyList<DropDown> DropDowns { get; init; } = [];

    /// <summary>Background colours ("#RRGGBB") of single cells, by (row, column) from 0.</summary>
    public IReadOnlyDictionary<(int Row, int Column), string> Fills { get; init; } = new Dictionary<(int, int), string>();
}

/// <summary>
/// Writes an .xlsx with the Open XML SDK: bold, filled header rows, months as real dates shown yyyy-mm, days as
/// yyyy-mm-dd, frozen panes, list validations and cell colours. Strings are written inline, which Excel and LibreOffice
/// both read. The schedule workbook (Rotation.Outputs) compiles this file in too: one writer for both workbooks.
/// </summary>
public static class WorkbookWriter
{
    private const uint HeaderStyle = 1, MonthStyle = 2, DayStyle = 3, FirstFillStyle = 4;
    private const string HeaderFill = "DDE5F0";

    /// <summary>The rows of a list sheet need drop-downs this far down, so that rows added by hand get them too.</summary>
    public const int ValidatedRows = 2000;

    public static byte[] ToBytes(IReadOnlyList<SheetContent> sheets, DateTimeOffset? made = null)
    {
        var fills = sheets.SelectMany(s => s.Fills.Values).Distinct().ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            if (made is { } when)
            {
                document.PackageProperties.Created = when.UtcDateTime;
                document.PackageProperties.Modified = when.UtcDateTime;
            }
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles(fills);
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(sheets[i], i == 0, fills);
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
            }
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(SheetContent content, bool selected, List<string> fills)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(View(content, selected)));
        if (content.Widths.Count > 0)
            worksheet.Append(new Columns(content.Widths.Select((w, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        var data = new SheetData();
        for (var r = 0; r < content.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < content.Rows[r].Count; c++)
            {
                if (CellData.Of(content.Rows[r][c]) is not { } value) continue;
                var cell = Cell(new CellAddress(c + 1, r + 1), value);
                if (r < content.FrozenRows && value is CellData.Text) cell.StyleIndex = HeaderStyle;
                if (content.Fills.TryGetValue((r, c), out var colour)) cell.StyleIndex = FirstFillStyle + (uint)fills.IndexOf(colour);
                row.Append(cell);
            }
            data.Append(row);
        }
        worksheet.Append(data);
        if (content.DropDowns.Count > 0)
            worksheet.Append(new DataValidations(content.DropDowns.Select(Validation)) { Count = (uint)content.DropDowns.Count });
        return worksheet;
    }

    private static SheetView View(SheetContent content, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (content.FrozenRows == 0 && content.FrozenColumns == 0) return view;
        var pane = new Pane
        {
            TopLeftCell = new CellAddress(content.FrozenColumns + 1, content.FrozenRows + 1).ToString(),
            State = PaneStateValues.Frozen,
            ActivePane = content.FrozenColumns == 0 ? PaneValues.BottomLeft : PaneValues.BottomRight,
        };
        if (content.FrozenRows > 0) pane.HorizontalSplit = content.FrozenRows;
        if (content.FrozenColumns > 0) pane.VerticalSplit = content.FrozenColumns;
        view.Append(pane);
        return view;
    }

    private static DataValidation Validation(DropDown dropDown)
    {
        var letters = CellAddress.Letters(dropDown.Column);
        return new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{ValidatedRows}" },
            Formula1 = new Formula1(dropDown.Source),
        };
    }

    private static Cell Cell(CellAddress at, CellData value) => value switch
    {
        CellData.Text t => new Cell
        {
            CellReference = at.ToString(),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(t.Value) { Space = SpaceProcessingModeValues.Preserve }),
        },
        CellData.Number n => new Cell { CellReference = at.ToString(), CellValue = new CellValue(n.Value.ToString(CultureInfo.InvariantCulture)) },
        CellData.Flag f => new Cell { CellReference = at.ToString(), DataType = CellValues.Boolean, CellValue = new CellValue(f.Value ? "1" : "0") },
        CellData.Month m => Date(at, m.FirstDay, MonthStyle),
        CellData.Day d => Date(at, d.Value, DayStyle),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static Cell Date(CellAddress at, DateOnly day, uint style) => new()
    {
        CellReference = at.ToString(),
        StyleIndex = style,
        CellValue = new CellValue(Serial(day).ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The spreadsheet serial number of a day (1900 date system, as Excel and LibreOffice store dates).</summary>
    public static int Serial(DateOnly day) => (int)day.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static Stylesheet Styles(List<string> fills)
    {
        var fillList = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }), Solid(HeaderFill));
        foreach (var colour in fills) fillList.Append(Solid(colour));
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true });
        for (var i = 0; i < fills.Count; i++) formats.Append(new CellFormat { FillId = (uint)(3 + i), ApplyFill = true });
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd" }),
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            fillList,
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            formats);
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb.TrimStart('#').ToUpperInvariant() }) { PatternType = PatternValues.Solid });
}
