using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rotation.Roster.Tests;

/// <summary>Changes cells of a workbook the way a person typing in a spreadsheet would: text, a number, or nothing.</summary>
internal static class WorkbookEdit
{
    /// <summary>The workbook with each (sheet, cell) set: a string as text, a double as a number, a DateTime as a date cell, null to clear it.</summary>
    public static byte[] With(byte[] workbook, params (string Sheet, string Cell, object? Value)[] edits)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            foreach (var (sheetName, reference, value) in edits)
            {
                var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
                var data = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
                var rowNumber = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowNumber);
                if (row is null)
                {
                    row = new Row { RowIndex = rowNumber };
                    data.InsertAt(row, data.Elements<Row>().Count(r => r.RowIndex! < rowNumber));
                }
                row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
                if (value is null) continue;
                var cell = value switch
                {
                    double d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                    // An ISO 8601 date cell (t="d"), as some tools write dates.
                    DateTime day => new Cell { CellReference = reference, DataType = CellValues.Date, CellValue = new CellValue(day.ToString("s", CultureInfo.InvariantCulture)) },
                    _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) },
                };
                var after = row.Elements<Cell>().LastOrDefault(c => Column(c.CellReference!) < Column(reference));
                if (after is null) row.InsertAt(cell, 0);
                else after.InsertAfterSelf(cell);
            }
        }
        return stream.ToArray();
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1);
}
