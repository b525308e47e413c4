using System.Resources;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Outputs.Xlsx;
using static Rotation.Roster.RosterLayout;

namespace Rotation.Roster;

/// <summary>
/// Writes a scenario as the roster workbook (SPEC §10): a "Read me" sheet, then one sheet per list of
/// <see cref="RosterLayout"/>, headers frozen, references as drop-downs over the ids of their sheet, months as dates.
/// </summary>
public static class RosterExport
{
    public const string TemplateResource = "Rotation.Roster.template-example.json";

    public static byte[] ToBytes(Scenario s) => WorkbookWriter.ToBytes(
    [
        ReadMeSheet(),
        List(Offices, s.Offices.Select(o => Row(o.Id, o.Name, o.BlackoutMonthsOfYear.IsEmpty ? null : string.Join(", ", o.BlackoutMonthsOfYear)))),
        List(WorkNatures, s.WorkNatures.Select(n => s.Policy.Tenure.ByWorkNature.TryGetValue(n.Id, out var t)
            ? Row(n.Id, n.Name, t.Min, t.Max) : Row(n.Id, n.Name))),
        List(Competencies, s.Competencies.Select(c => Row(c))),
        List(Courses, s.Courses.Select(c => Row(c.Id, c.Name, c.Grants, c.Months, c.Capacity, c.Cost))),
        List(Sessions, s.Courses.SelectMany(c => c.Sessions.Select(m => Row(c.Id, m)))),
        List(Posts, s.Posts.Select(p => Row(p.Id, p.Office, p.WorkNature, p.Title, p.Min, p.Max, p.Critical, p.MinGrade, p.MaxGrade, p.Reviewer))),
        List(Requires, s.Posts.SelectMany(p => p.Requires.Select(c => Row(p.Id, c)))),
        List(HandoverItems, s.Posts.SelectMany(p => p.HandoverItems.Select(i => Row(p.Id, i)))),
        List(Cadres, s.Cadres.Select(c => Row(c.Id, c.Name, c.Grade, c.Post, c.Since, c.Joins, c.Leaves, c.Locked))),
        List(CadreCompetencies, s.Cadres.SelectMany(c => c.Competencies.Select(x => Row(c.Id, x)))),
        List(PastOffices, s.Cadres.SelectMany(c => c.PastOffices.Select(o => Row(c.Id, o)))),
        List(Preferences, s.Cadres.SelectMany(c => c.Preferences.Select(p => Row(c.Id,
            p.Target == PreferenceTarget.Post ? p.Id : null, p.Target == PreferenceTarget.Office ? p.Id : null,
            p.Target == PreferenceTarget.WorkNature ? p.Id : null, p.Weight)))),
        List(Unavailable, s.Cadres.SelectMany(c => c.Unavailable.Select(r => Row(c.Id, r.From, r.To)))),
        List(Avoid, s.Cadres.SelectMany(c => c.Avoid.Select(a => Row(c.Id, a)))),
        List(Pins, s.Cadres.SelectMany(c => c.Pins.Select(p => Row(c.Id, p.Post, p.Months.From, p.Months.To)))),
        SettingsSheet(s),
        List(Calendar, s.Calendar.Holidays.Select(d => Row(d, Holiday)).Concat(s.Calendar.ExtraWorkdays.Select(d => Row(d, ExtraWorkday))))
            with { DropDowns = [new DropDown(2, $"\"{Holiday},{ExtraWorkday}\"")] },
        PublishedSheet(s.Published),
    ]);

    /// <summary>The template: the headers, the drop-downs and one worked example row per sheet, a small valid scenario.</summary>
    public static byte[] Template()
    {
        using var stream = typeof(RosterExport).Assembly.GetManifestResourceStream(TemplateResource)
                           ?? throw new MissingManifestResourceException(TemplateResource);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var example = ScenarioLoader.Load(bytes.ToArray());
        return ToBytes(example.Value ?? throw new InvalidOperationException($"the template example does not load: {string.Join("; ", example.Problems)}"));
    }

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static SheetContent List(string name, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sheet = Sheet(name);
        return new SheetContent(name, [sheet.Columns.Select(c => (object?)c.Header).ToList(), .. rows])
        {
            Widths = [.. sheet.Columns.Select(c => c.Kind is CellKind.Month or CellKind.Day or CellKind.Flag ? 12.0 : 20.0)],
            DropDowns = [.. sheet.Columns.Select((c, i) => (c, i)).Where(x => x.c.Lists is not null)
                .Select(x => new DropDown(x.i + 1, IdsOf(x.c.Lists!)))],
        };
    }

    private static string IdsOf(string sheet) => $"{sheet}!$A$2:$A${WorkbookWriter.ValidatedRows}";

    private static SheetContent SettingsSheet(Scenario s) => new(PolicySheet,
    [
        Sheet(PolicySheet).Columns.Select(c => (object?)c.Header).ToList(),
        .. PolicySettings.All.Select(p => Row(p.Name, p.Kind == CellKind.WholeList ? string.Join(", ", (IEnumerable<int>)p.Value(s)!) : p.Value(s),
            p.Default, p.English)),
    ])
    { Widths = [40, 14, 12, 80] };

    private static SheetContent PublishedSheet(PublishedPlan? plan)
    {
        var months = plan?.Months ?? [];
        var header = new List<object?> { "cadre" };
        header.AddRange(months.Select(m => YearMonth.TryParse(m) is { } month ? (object)month : m));
        var rows = plan?.Assignments.Select(a => (IReadOnlyList<object?>)[a.Cadre, .. a.Posts]) ?? [];
        return new SheetContent(Published, [header, .. rows], FrozenRows: 1, FrozenColumns: 1)
        {
            Widths = [14, .. months.Select(_ => 16.0)],
            DropDowns = [new DropDown(1, IdsOf(Cadres)), .. months.Select((_, i) => new DropDown(i + 2, IdsOf(Posts)))],
        };
    }

    private static SheetContent ReadMeSheet()
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("sheet", "column", "required", "meaning", "说明"),
            Row("", "", "",
                "This workbook is a rotation scenario. Each sheet is one list; each row one item. Ids must match exactly; " +
                "drop-downs offer the ids of the sheet they come from. Months are dates shown yyyy-mm (or text 2027-03). " +
                "Empty cells take the default. Import it with: rotation import ROSTER.xlsx --out SCENARIO.json",
                "本工作簿是一份轮岗方案。每张表是一个列表，每行一项。编号须完全一致；下拉列表提供所引用表的编号。" +
                "月份为显示成 yyyy-mm 的日期（或文本 2027-03）。空单元格取默认值。导入命令：rotation import ROSTER.xlsx --out SCENARIO.json"),
        };
        foreach (var sheet in Sheets)
        {
            rows.Add(Row(sheet.Name, "", "", sheet.English, sheet.Chinese));
            rows.AddRange(sheet.Columns.Select(c => Row(sheet.Name, c.Header, c.Required ? "yes" : "", c.English, c.Chinese)));
            if (sheet.Name == Published)
                rows.Add(Row(sheet.Name, "(one per month)", "", "Header: the month; cells: the post held that month, empty for none.",
                    "表头为月份；单元格填写该月所在岗位，留空表示无。"));
            if (sheet.Name == PolicySheet)
                rows.AddRange(PolicySettings.All.Select(p => Row(sheet.Name, p.Name, p.Default == "(required)" ? "yes" : "",
                    $"{p.English} Default: {p.Default}.", $"{p.Chinese}默认值：{p.Default}。")));
        }
        return new SheetContent(ReadMe, rows) { Widths = [18, 40, 9, 90, 70] };
    }
}
