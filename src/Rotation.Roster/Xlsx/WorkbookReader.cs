using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rotation.Domain.Loading;
using Rotation.Outputs.Xlsx;

namespace Rotation.Roster.Xlsx;

/// <summary>One sheet's values by row and column (both from 1), empty cells left out.</summary>
internal sealed record SheetValues(string Name, SortedDictionary<int, SortedDictionary<int, object>> Rows)
{
    public object? At(int row, int column) =>
        Rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var value) ? value : null;
}

/// <summary>
/// Reads every sheet's cell values from an .xlsx, as Excel or LibreOffice saved it: shared or inline strings and
/// formula results as text, numbers as doubles, true/false as bools. Styles are not read: the roster knows which columns
/// hold dates.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>
    /// The sheets in workbook order, or null (and why) when the bytes are not a readable workbook. A part that unpacks to
    /// more than <paramref name="maxCharactersInPart"/> characters is refused, so that a small zip cannot fill the memory.
    /// </summary>
    public static IReadOnlyList<SheetValues>? Read(byte[] bytes, out string? problem, long maxCharactersInPart = Limits.MaxFileBytes)
    {
        problem = null;
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets is null)
            {
                problem = "the file is a zip but not an Excel workbook; save it from Excel or LibreOffice as .xlsx";
                return null;
            }
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            return [.. workbook.Workbook.Sheets.Elements<Sheet>()
                .Where(s => s.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart)
                .Select(s => Values(s.Name?.Value ?? "", (WorksheetPart)workbook.GetPartById(s.Id!.Value!), shared))];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            problem = $"not a readable .xlsx workbook ({ex.Message}); save it from Excel or LibreOffice as an Excel 2007-365 workbook";
            return null;
        }
    }

    private static SheetValues Values(string name, WorksheetPart part, string[] shared)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, object>>();
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = CellAddress.Parse(cell.CellReference?.Value)?.Column ?? column + 1;
                if (Value(cell, shared) is not { } value) continue;
                if (!rows.TryGetValue(rowNumber, out var cells)) rows[rowNumber] = cells = [];
                cells[column] = value;
            }
        }
        return new SheetValues(name, rows);
    }

    private static object? Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return Text(cell.InlineString?.InnerText);
        if (raw is null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? Text(shared[i]) : null;
        if (type == CellValues.Boolean) return raw is "1" or "true";
        // An ISO 8601 date cell (t="d"), which some tools write: read as the serial number Excel would store.
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date.ToOADate() : Text(raw);
        if (type == CellValues.Number || type is null)
            return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : Text(raw);
        return Text(raw);
    }

    private static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
