using System.Globalization;
using System.Text;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Records;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>
/// The report's last section: each cadre's rotation record (what records.csv holds, with each post's months), a compact
/// block on screen and a page of its own in print. Blocks carry data-record, their values data-field.
/// </summary>
internal static class RecordPages
{
    /// <summary>
    /// On screen, blocks side by side without each post's office (the offices line and the timeline's colours say it); in
    /// print, one per page with the office, each headed by a caption instead of the section's heading.
    /// </summary>
    public const string Style = """
        .records .blocks { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 10px; align-items: start; }
        .record { border: 1px solid #ccc; border-radius: 6px; padding: 6px 10px; font-size: 12px; }
        .record h3 { font-size: 14px; margin: 0 0 4px; } .record .caption { display: none; }
        .record table { font-size: inherit; width: 100%; } .record th, .record td { text-align: left; vertical-align: top; border: none; border-top: 1px solid #eee; }
        .record th { color: #555; font-weight: normal; width: 25%; }
        .record .item { display: block; } .record .when { color: #555; margin-right: 2px; white-space: nowrap; }
        .record .where { display: none; } .record .post, .record .nothing { color: #888; }
        @media print {
          .records > h2, .records > .note { display: none; }
          .records .blocks { display: block; }
          .record { break-before: page; page-break-before: always; border: none; padding: 0; font-size: 11pt; }
          .record .caption { display: block; color: #666; font-size: 10pt; margin: 0 0 6px; } .record h3 { font-size: 16pt; margin-bottom: 10px; }
          .record th, .record td { padding: 5px 8px; } .record th { width: 20%; }
          .record .where { display: inline; color: #888; }
        }
        """;

    public static void Append(StringBuilder html, PlanView view, ReportWording w)
    {
        html.Append($"<section class=\"records\">\n<h2>{E(w.Records)}</h2>\n<p class=\"note\">{E(w.RecordsNote)}</p>\n<div class=\"blocks\">\n");
        foreach (var record in CadreRecord.Of(view))
        {
            html.Append($"<div class=\"record\" data-record=\"{E(record.Cadre.Id)}\">\n<p class=\"caption\">{E(w.RecordCaption(view.Plan.Scenario))}</p>\n")
                .Append($"<h3>{E(view.CadreLabel(record.Cadre.Id))}</h3>\n<table>\n");
            Field(html, "offices", w.Offices, w, [E(string.Join(w.ListSeparator, record.Offices.Select(view.OfficeName)))]);
            Field(html, "posts", w.Posts, w, [.. record.Stints.Select(s => Item(w.MonthSpan(s.First.ToString(), s.Last.ToString()),
                $"{E(s.Post)}{(view.PostTitle(s.Post) is { Length: > 0 } title ? " " + E(title) : "")} <span class=\"where\">{E(view.OfficeName(view.OfficeOf(s.Post)))}</span>",
                $" data-stint=\"{E(s.Post)}\""))]);
            Field(html, "moves", w.Moves, w, [record.Moves.ToString(CultureInfo.InvariantCulture)]);
            Field(html, "newOffices", w.NewOffices, w, [E(string.Join(w.ListSeparator, record.NewOffices.Select(view.OfficeName)))]);
            Field(html, "competenciesGained", w.CompetenciesGained, w, [E(string.Join(w.ListSeparator, record.CompetenciesGained))]);
            Field(html, "courses", w.Courses, w,
                [.. record.Courses.Select(c => Item(w.MonthSpan(c.First.ToString(), c.Last.ToString()), E(c.Course.Label)))]);
            Field(html, "checkpoints", w.Checkpoints, w,
                [.. record.Checkpoints.Select(c => Item(Wording.Day(c.Date), $"{E(w.CheckpointKindName(c.Kind))} <span class=\"post\">{E(c.Post)}</span>"))]);
            html.Append("</table>\n</div>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    /// <summary>
    /// About how tall the section is on screen in a window <paramref name="width"/> wide: rows of blocks as the grid lays
    /// them out, each row as tall as its longest block (measured: a wrapped two-line entry per office, post or course,
    /// a line per checkpoint).
    /// </summary>
    public static int Height(PlanView view, int width)
    {
        var columns = Math.Max(1, (width - 38) / 350);
        var blocks = CadreRecord.Of(view)
            .Select(r => 140 + 35 * (r.Offices.Length + r.Stints.Length + r.Courses.Length) + 17 * r.Checkpoints.Length);
        return 100 + blocks.Chunk(columns).Sum(row => row.Max() + 10);
    }

    /// <summary>A line of the record: its label and its values (HTML), or the word for none when it has none.</summary>
    private static void Field(StringBuilder html, string key, string label, ReportWording w, string[] values)
    {
        var shown = values.Where(v => v.Length > 0).ToArray();
        html.Append($"<tr><th>{E(label)}</th><td data-field=\"{key}\">")
            .Append(shown.Length > 0 ? string.Concat(shown) : $"<span class=\"nothing\">{E(w.Nothing)}</span>")
            .Append("</td></tr>\n");
    }

    /// <summary>One dated entry of a list: a post held, a course taken, a checkpoint.</summary>
    private static string Item(string when, string what, string attributes = "") =>
        $"<span class=\"item\"{attributes}><span class=\"when\">{E(when)}</span> {what}</span>";

    private static string E(string text) => HtmlReport.E(text);
}
