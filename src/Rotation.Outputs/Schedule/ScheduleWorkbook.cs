using ClosedXML.Excel;
using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Schedule;

/// <summary>
/// schedule.xlsx: the cadre × month grid coloured by office with frozen headers, then one sheet each for monthly
/// headcount per office against min/max, trainings, handovers and checkpoints.
/// </summary>
public static class ScheduleWorkbook
{
    public const string File = "schedule.xlsx";
    public const string GridSheet = "Schedule";

    /// <param name="made">The workbook's created and modified dates: when the file was made, from the host's clock.</param>
    public static byte[] ToBytes(PlanView view, DateTimeOffset made)
    {
        using var book = new XLWorkbook();
        book.Properties.Created = made.UtcDateTime;
        book.Properties.Modified = made.UtcDateTime;
        Grid(book.Worksheets.Add(GridSheet), view);
        Table(book.Worksheets.Add("Headcount"), ["office", "office name", "month", "holders", "available", "min", "max", "status"],
            Headcount.ByOffice(view).SelectMany(o => o.Months).Select(m => (IReadOnlyList<object>)
                [m.Office, view.OfficeName(m.Office), m.Month, m.Holders, m.Available, m.Min, m.Max,
                 m.Short ? "below min" : m.Over ? "above max" : "ok"]));
        Table(book.Worksheets.Add("Trainings"), ["cadre", "name", "course", "competency", "first month", "last month", "cost"],
            view.Plan.Assignments.SelectMany(a => view.TrainingsOf(a.Cadre)).Select(t => (IReadOnlyList<object>)
                [t.Training.Cadre, view.CadreName(t.Training.Cadre), t.Course.Id, t.Course.Grants, t.First.ToString(), t.Last.ToString(), t.Course.Cost]));
        Table(book.Worksheets.Add("Handovers"), HandoverCsv.Header, HandoverCsv.Rows(view));
        Table(book.Worksheets.Add("Checkpoints"), CheckpointCsv.Header, CheckpointCsv.Rows(view));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Grid(IXLWorksheet sheet, PlanView view)
    {
        var months = view.Plan.Months;
        Text(sheet.Cell(1, 1), "cadre");
        Text(sheet.Cell(1, 2), "name");
        for (var t = 0; t < months.Length; t++) Text(sheet.Cell(1, t + 3), months[t]);
        var row = 2;
        foreach (var a in view.Plan.Assignments)
        {
            Text(sheet.Cell(row, 1), a.Cadre);
            Text(sheet.Cell(row, 2), view.CadreName(a.Cadre));
            for (var t = 0; t < a.Posts.Length; t++)
            {
                if (a.Posts[t] is not { } post) continue;
                var cell = sheet.Cell(row, t + 3);
                Text(cell, post);
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml(OfficePalette.Of(view, view.OfficeOf(post)));
            }
            row++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.Freeze(1, 2);
        sheet.Column(2).Width = 10;
        sheet.Columns(3, months.Length + 2).Width = 16;
        Legend(sheet, view, row + 1);
    }

    private static void Legend(IXLWorksheet sheet, PlanView view, int row)
    {
        Text(sheet.Cell(row, 2), "office colours");
        foreach (var office in view.Scenario.Offices)
        {
            var cell = sheet.Cell(++row, 2);
            Text(cell, view.OfficeName(office.Id));
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(OfficePalette.Of(view, office.Id));
        }
    }

    private static void Table(IXLWorksheet sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows)
    {
        for (var c = 0; c < header.Count; c++) Text(sheet.Cell(1, c + 1), header[c]);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
                if (row[c] is int n) sheet.Cell(r, c + 1).Value = n;
                else Text(sheet.Cell(r, c + 1), row[c].ToString() ?? "");
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Columns(1, header.Count).Width = 18;
    }

    // Always text: left to itself ClosedXML reads "2027-01" as a date and "12" as a number.
    private static void Text(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
    }
}
