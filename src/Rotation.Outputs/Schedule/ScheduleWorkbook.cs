using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Views;
using Rotation.Outputs.Xlsx;

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
    public static byte[] ToBytes(PlanView view, DateTimeOffset made) => WorkbookWriter.ToBytes(
    [
        Grid(view),
        Table("Headcount", ["office", "office name", "month", "holders", "available", "min", "max", "status"],
            Headcount.ByOffice(view).SelectMany(o => o.Months).Select(m => (IReadOnlyList<object>)
                [m.Office, view.OfficeName(m.Office), m.Month, m.Holders, m.Available, m.Min, m.Max,
                 m.Short ? "below min" : m.Over ? "above max" : "ok"])),
        Table("Trainings", ["cadre", "name", "course", "competency", "first month", "last month", "cost"],
            view.Plan.Assignments.SelectMany(a => view.TrainingsOf(a.Cadre)).Select(t => (IReadOnlyList<object>)
                [t.Training.Cadre, view.CadreName(t.Training.Cadre), t.Course.Id, t.Course.Grants, t.First.ToString(), t.Last.ToString(), t.Course.Cost])),
        Table("Handovers", HandoverCsv.Header, HandoverCsv.Rows(view)),
        Table("Checkpoints", CheckpointCsv.Header, CheckpointCsv.Rows(view)),
    ], made);

    /// <summary>Cadres down, months across (as text, like the CSV), each post coloured by its office; a legend below.</summary>
    private static SheetContent Grid(PlanView view)
    {
        var months = view.Plan.Months;
        var rows = new List<IReadOnlyList<object?>> { (object?[])["cadre", "name", .. months] };
        var fills = new Dictionary<(int, int), string>();
        foreach (var a in view.Plan.Assignments)
        {
            for (var t = 0; t < a.Posts.Length; t++)
                if (a.Posts[t] is { } post) fills[(rows.Count, t + 2)] = OfficePalette.Of(view, view.OfficeOf(post));
            rows.Add((object?[])[a.Cadre, view.CadreName(a.Cadre), .. a.Posts]);
        }
        rows.Add([]);
        rows.Add([null, "office colours"]);
        foreach (var office in view.Scenario.Offices)
        {
            fills[(rows.Count, 1)] = OfficePalette.Of(view, office.Id);
            rows.Add([null, view.OfficeName(office.Id)]);
        }
        return new SheetContent(GridSheet, rows, FrozenRows: 1, FrozenColumns: 2)
        {
            Widths = [14, 10, .. months.Select(_ => 16.0)],
            Fills = fills,
        };
    }

    /// <summary>A header and its rows; numbers stay numbers, everything else is text (a month "2027-01" too, as in the CSV), empty text no cell.</summary>
    private static SheetContent Table(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows) =>
        new(name, [header.ToArray(), .. rows.Select(r => r.Select(v => v is int ? v : v.ToString() is { Length: > 0 } text ? text : null).ToArray())])
        {
            Widths = [.. header.Select(_ => 18.0)],
        };
}
