using System.Net;
using System.Text;
using Rotation.Outputs.Report;
using Rotation.Outputs.Views;
using static Rotation.Comparison.CompareWording;

namespace Rotation.Comparison;

/// <summary>
/// compare.html: one self-contained page (inline styles and SVG; no scripts, nothing fetched) with the plans' score and
/// figures side by side, their moves per office and per month as bars, a timeline per person coloured by office with
/// the cells where the plans differ outlined, and why each plan scores as it does against plan 1. Elements carry data-*
/// attributes (data-plan, data-kpi, data-term, data-reason, data-cadre, data-month, data-differs) for tests to read.
/// </summary>
public static class CompareHtml
{
    public const string File = "compare.html";

    private const string Style = $$"""
        body { font-family: {{HtmlReport.FontFamily}}; margin: 24px; color: #222; }
        h1 { margin: 0 0 4px; font-size: 22px; } h2 { font-size: 17px; margin: 24px 0 8px; } h3 { font-size: 14px; margin: 14px 0 4px; }
        .summary { font-size: 15px; line-height: 1.5; border-left: 4px solid #4a7fb5; padding: 6px 12px; background: #f3f7fb; max-width: 980px; }
        .plans { list-style: none; padding: 0; margin: 8px 0; } .plans li { margin: 3px 0; }
        .note { color: #666; font-size: 12px; max-width: 980px; }
        .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: middle; border: 1px solid #999; margin-right: 4px; }
        .legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
        table { border-collapse: collapse; font-size: 12px; }
        th, td { border: 1px solid #ddd; padding: 3px 6px; }
        .kpis td, .distances td { text-align: right; white-space: nowrap; min-width: 70px; }
        .kpis th, .distances th { text-align: left; font-weight: normal; }
        .kpis thead th, .distances thead th { font-weight: bold; }
        .file { display: block; font-weight: normal; color: #666; font-size: 11px; max-width: 220px; overflow-wrap: anywhere; }
        .kpis tr.group th { background: #f2f2f2; font-weight: bold; }
        .kpis td.best { font-weight: bold; }
        .charts svg { display: block; margin-bottom: 10px; }
        .charts .row { display: flex; flex-wrap: wrap; gap: 32px; } .charts .row .note { max-width: 300px; }
        .timeline td { width: 22px; height: 20px; padding: 0; position: relative; }
        .timeline th.month { writing-mode: vertical-rl; font-weight: normal; font-size: 10px; padding: 2px 0; }
        .timeline th.who { text-align: left; white-space: nowrap; font-weight: normal; }
        .timeline th.plan { font-weight: normal; font-size: 11px; padding: 0 4px; white-space: nowrap; }
        .timeline tbody { border-top: 2px solid #888; }
        .timeline td.absent { background: #fff; }
        .timeline td.differs { box-shadow: inset 0 0 0 2px #c0392b; }
        .timeline .lbl { position: absolute; left: 1px; top: 1px; font-size: 9px; line-height: 10px; white-space: nowrap; overflow: hidden; z-index: 1; pointer-events: none; color: #111; }
        .why ul { margin: 2px 0 8px; padding-left: 20px; font-size: 13px; } .why li { margin: 2px 0; }
        .delta { display: inline-block; min-width: 48px; font-weight: bold; font-variant-numeric: tabular-nums; }
        .subtotal { margin-left: 8px; } .verdict { font-size: 14px; margin: 4px 0; }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          body { margin: 0; font-size: 10pt; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, li, svg, .summary, .legend, .kpis, .distances, .timeline tbody { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .why { break-before: page; page-break-before: always; }
          .timeline th.month { font-size: 7px; } .timeline td { width: 16px; height: 16px; } .timeline .lbl { font-size: 7px; }
          td, th, .swatch, .summary { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public static byte[] ToUtf8(PlanComparison comparison)
    {
        var views = comparison.Plans.Select(p => new PlanView(comparison.Scenario, p.Plan)).ToArray();
        var html = new StringBuilder();
        var name = comparison.Scenario.Name;
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(Heading(name))}</title>\n")
            .Append($"<style>\n{Style}\n</style>\n</head>\n<body>\n<h1>{E(Title)}</h1>\n<p data-scenario>{E(name)}</p>\n")
            .Append($"<p class=\"summary\">{E(Intro)}</p>\n");
        PlanList(html, comparison);
        SideBySide(html, comparison);
        DistanceTable(html, comparison);
        MoveCharts(html, comparison);
        Timeline(html, comparison, views);
        for (var i = 1; i < comparison.Plans.Length; i++) WhySection(html, comparison, i + 1);
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Each plan's number, colour and file: the key to every table and chart below.</summary>
    private static void PlanList(StringBuilder html, PlanComparison comparison)
    {
        html.Append("<ul class=\"plans\">\n");
        for (var i = 0; i < comparison.Plans.Length; i++)
        {
            var p = comparison.Plans[i];
            html.Append($"<li data-plan=\"{i + 1}\">{Swatch(i + 1)}<b>{E(Plan(i + 1))}</b>: {E(p.Name)} ({p.Status}")
                .Append(p.Holds ? "" : $", breaks {E(Count(p.Violations, "rule"))}").Append(")</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void SideBySide(StringBuilder html, PlanComparison comparison)
    {
        html.Append($"<h2>{E(CompareWording.SideBySide)}</h2>\n<p class=\"note\">{E(ScoreNote)}</p>\n<table class=\"kpis\">\n");
        PlanHeader(html, comparison, withFiles: true);
        html.Append("<tbody>\n");
        var best = comparison.Plans.Min(p => p.Objective);
        foreach (var (heading, rows) in new[] { (ScoreHeading, KpiTable.Score(comparison)), (FiguresHeading, KpiTable.Figures(comparison)) })
        {
            html.Append($"<tr class=\"group\"><th colspan=\"{comparison.Plans.Length + 1}\">{E(heading)}</th></tr>\n");
            foreach (var row in rows)
            {
                html.Append($"<tr data-row=\"{E(row.Key)}\"><th>{E(row.Label)}</th>");
                for (var i = 0; i < row.Values.Length; i++)
                {
                    // The best score stands out, so a reader finds it without reading every number.
                    var cls = row.Key == "objective" && comparison.Plans[i].Objective == best ? " class=\"best\"" : "";
                    html.Append($"<td{cls} data-plan=\"{i + 1}\" data-kpi=\"{E(row.Key)}\">{E(row.Values[i])}</td>");
                }
                html.Append("</tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void DistanceTable(StringBuilder html, PlanComparison comparison)
    {
        html.Append($"<h2>{E(CompareWording.Distances)}</h2>\n<p class=\"note\">{E(DistancesNote)}</p>\n<table class=\"distances\">\n");
        PlanHeader(html, comparison, withFiles: false);
        html.Append("<tbody>\n");
        for (var i = 0; i < comparison.Plans.Length; i++)
        {
            html.Append($"<tr data-plan=\"{i + 1}\"><th>{Swatch(i + 1)}{E(Plan(i + 1))}</th>");
            for (var j = 0; j < comparison.Plans.Length; j++)
                html.Append(i == j ? "<td>—</td>" : $"<td data-distance=\"{j + 1}\">{E(Number(comparison.Distance(i, j)))}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void PlanHeader(StringBuilder html, PlanComparison comparison, bool withFiles)
    {
        html.Append("<thead><tr><th></th>");
        for (var i = 0; i < comparison.Plans.Length; i++)
            html.Append($"<th data-plan=\"{i + 1}\">{Swatch(i + 1)}{E(Plan(i + 1))}")
                .Append(withFiles ? $"<span class=\"file\">{E(comparison.Plans[i].Name)}</span>" : "").Append("</th>");
        html.Append("</tr></thead>\n");
    }

    private static void MoveCharts(StringBuilder html, PlanComparison comparison)
    {
        html.Append("<section class=\"charts\">\n<h2>Moves</h2>\n<p class=\"legend\">");
        for (var i = 0; i < comparison.Plans.Length; i++) html.Append($"<span>{Swatch(i + 1)}{E(Plan(i + 1))}</span>");
        html.Append("</p>\n<div class=\"row\">\n<div><p class=\"note\">Moves out of and into each office, one bar per plan (a move between two posts of one office counts as both).</p>\n")
            .Append(CompareCharts.MovesPerOffice(comparison))
            .Append("</div>\n<div><p class=\"note\">Moves per month, one bar per plan.</p>\n")
            .Append(CompareCharts.MovesPerMonth(comparison)).Append("</div>\n</div>\n</section>\n");
    }

    /// <summary>
    /// One row for a person every plan treats alike, a row per plan for a person they do not, with the cells where the
    /// plans differ outlined.
    /// </summary>
    private static void Timeline(StringBuilder html, PlanComparison comparison, PlanView[] views)
    {
        var months = comparison.Plans[0].Plan.Months;
        var differing = comparison.Differences.ToLookup(d => d.Cadre, d => d.Month);
        html.Append("<section class=\"timeline\">\n<h2>Timeline</h2>\n<p class=\"legend\">");
        foreach (var o in comparison.Scenario.Offices)
            html.Append($"<span><i class=\"swatch\" style=\"background:{OfficePalette.Of(views[0], o.Id)}\"></i>{E(views[0].OfficeName(o.Id))}</span>");
        html.Append("<br><span><i class=\"swatch\" style=\"box-shadow: inset 0 0 0 2px #c0392b\"></i>the plans differ in this month</span>")
            .Append("<span><i class=\"swatch\" style=\"background:#fff\"></i>not present</span>")
            .Append("<span>text: the post taken up, where a stint starts; hover a cell for details</span></p>\n")
            .Append("<p class=\"note\">A person every plan treats alike has one row (“all”); a person the plans treat differently has a row per plan.</p>\n")
            .Append("<table>\n<thead><tr><th class=\"who\">cadre</th><th class=\"plan\">plan</th>");
        foreach (var m in months) html.Append($"<th class=\"month\">{m}</th>");
        html.Append("</tr></thead>\n");
        foreach (var cadre in comparison.Scenario.Cadres)
        {
            var differs = differing[cadre.Id].ToHashSet();
            var rows = differs.Count == 0 ? [0] : Enumerable.Range(0, views.Length).ToArray();
            html.Append("<tbody>\n");
            foreach (var p in rows)
            {
                var plan = differs.Count == 0 ? "all" : Plan(p + 1);
                html.Append(differs.Count == 0 ? $"<tr data-cadre=\"{E(cadre.Id)}\" data-same>" : $"<tr data-cadre=\"{E(cadre.Id)}\" data-plan=\"{p + 1}\">");
                if (p == 0)
                    html.Append($"<th class=\"who\"{(rows.Length > 1 ? $" rowspan=\"{rows.Length}\"" : "")}>{E(views[0].CadreLabel(cadre.Id))}</th>");
                html.Append(differs.Count == 0
                    ? "<th class=\"plan\">all</th>"
                    : $"<th class=\"plan\" style=\"border-left: 4px solid {CompareCharts.Colour(p + 1)}\">{p + 1}</th>");
                for (var t = 0; t < months.Length; t++) html.Append(Cell(views[p], cadre.Id, t, plan, differs.Contains(months[t])));
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n");
        }
        html.Append("</table>\n</section>\n");
    }

    private static string Cell(PlanView view, string cadre, int t, string plan, bool differs)
    {
        var month = view.Plan.Months[t];
        var post = view.PostAt(cadre, t);
        var classes = new List<string>();
        if (post is null) classes.Add("absent");
        if (differs) classes.Add("differs");
        var startsStint = post is not null && (t == 0 || view.PostAt(cadre, t - 1) != post);
        var label = startsStint ? $"<span class=\"lbl\" style=\"max-width:{22 * Run(view, cadre, t) - 2}px\">{E(post!)}</span>" : "";
        var what = post is null ? "not present" : $"{post} {view.PostTitle(post)}";
        var style = post is null ? "" : $" style=\"background-color:{OfficePalette.Of(view, view.OfficeOf(post))}\"";
        return $"<td{(classes.Count > 0 ? $" class=\"{string.Join(' ', classes)}\"" : "")}{style} data-month=\"{month}\" data-post=\"{E(post ?? "")}\"" +
               $"{(differs ? " data-differs" : "")} title=\"{E($"{month} · {plan} · {what}")}\">{label}</td>";
    }

    /// <summary>How many months from <paramref name="t"/> on the cadre stays in the same post: the room the post's label has.</summary>
    private static int Run(PlanView view, string cadre, int t)
    {
        var n = 1;
        while (t + n < view.Plan.Months.Length && view.PostAt(cadre, t + n) == view.PostAt(cadre, t)) n++;
        return n;
    }

    /// <summary>Plan <paramref name="plan"/> against plan 1: its reasons by term, each term with its subtotal.</summary>
    private static void WhySection(StringBuilder html, PlanComparison comparison, int plan)
    {
        var difference = comparison.Plans[plan - 1].Objective - comparison.Plans[0].Objective;
        html.Append($"<section class=\"why\" data-plan=\"{plan}\">\n<h2>{E(CompareWording.Why(plan, difference))}</h2>\n<p class=\"verdict\">{E(Verdict(plan, difference))}");
        var terms = comparison.WhyByTerm(plan);
        if (terms.IsEmpty)
        {
            html.Append($" {E(NoReasons)}</p>\n</section>\n");
            return;
        }
        html.Append($"</p>\n<p class=\"note\">{E(WhyNote)}</p>\n");
        foreach (var term in terms)
        {
            html.Append($"<div class=\"term\" data-term=\"{E(term.Term)}\" data-plan=\"{plan}\">\n")
                .Append($"<h3>{E(Term(term.Term))}<span class=\"subtotal\" data-subtotal=\"{term.Subtotal}\">{E(Signed(term.Subtotal))}</span></h3>\n<ul>\n");
            foreach (var r in term.Reasons)
                html.Append($"<li data-reason data-delta=\"{r.Delta}\"{Attribute("data-cadre", r.Cadre)}{Attribute("data-month", r.Month)}>")
                    .Append($"<span class=\"delta\">{E(Signed(r.Delta))}</span> {E(r.Text)}</li>\n");
            html.Append("</ul>\n</div>\n");
        }
        html.Append("</section>\n");
    }

    private static string Attribute(string name, string? value) => value is null ? "" : $" {name}=\"{E(value)}\"";

    private static string Swatch(int plan) => $"<i class=\"swatch\" style=\"background:{CompareCharts.Colour(plan)}\"></i>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
