using System.Globalization;
using System.Net;
using System.Text;
using Rotation.Domain.Plans;
using Rotation.Domain.Time;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>
/// report.html: one self-contained page (inline styles, no scripts, no fonts or images fetched) with the plan's KPIs and
/// objective terms, a timeline per cadre coloured by office, and monthly headcount per office. Elements carry data-*
/// attributes so tests can read the rendered page.
/// </summary>
public static class HtmlReport
{
    public const string File = "report.html";

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #222; }
        h1 { margin: 0 0 4px; font-size: 22px; } h2 { font-size: 17px; margin: 22px 0 8px; }
        .kpis { display: flex; flex-wrap: wrap; gap: 10px; }
        .kpi { border: 1px solid #ccc; border-radius: 6px; padding: 6px 12px; min-width: 90px; }
        .kpi .label { display: block; font-size: 11px; color: #666; } .kpi .value { font-size: 18px; font-weight: bold; }
        table { border-collapse: collapse; font-size: 12px; }
        th, td { border: 1px solid #ddd; padding: 2px 5px; text-align: center; }
        th.who { text-align: left; white-space: nowrap; }
        .terms td.n { text-align: right; }
        .timeline td { width: 22px; height: 18px; padding: 0; font-size: 11px; position: relative; }
        th.month { writing-mode: vertical-rl; font-weight: normal; font-size: 10px; padding: 2px 0; }
        td.train { box-shadow: inset 0 -4px 0 #333; }
        td.away { background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,.35) 3px 5px); }
        td.absent { background: #fff; color: #bbb; }
        .headcount th.who { white-space: normal; min-width: 180px; max-width: 240px; }
        .headcount td.short { background: #f4a6a6; } .headcount td.over { background: #f9d27a; }
        .legend span { display: inline-block; margin-right: 14px; } .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: middle; border: 1px solid #999; margin-right: 4px; }
        .note { color: #666; font-size: 12px; }
        """;

    public static byte[] ToUtf8(PlanView view)
    {
        var plan = view.Plan;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>Rotation plan — {E(plan.Scenario)}</title>\n")
            .Append($"<style>\n{Style}\n</style>\n</head>\n<body>\n<h1>Rotation plan</h1>\n<p data-scenario>{E(plan.Scenario)}</p>\n");
        Kpis(html, view);
        if (plan.HasAssignments)
        {
            Terms(html, view);
            Timeline(html, view);
            HeadcountTable(html, view);
        }
        else
        {
            html.Append(plan.Status == PlanStatus.Infeasible
                ? "<p data-empty>No plan keeps every rule. These rules cannot all hold together:</p>\n<ul>\n" +
                  string.Concat(plan.Conflicts.Select(c => $"<li data-conflict>{E(c)}</li>\n")) + "</ul>\n"
                : "<p data-empty>No plan was found within the time limit; run the solve again with a longer --time-limit.</p>\n");
        }
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>A window size that shows the whole page: headless Chromium screenshots only what the window holds.</summary>
    public static (int Width, int Height) PageSize(PlanView view) =>
        (Math.Max(1000, 300 + 24 * view.Plan.Months.Length),
         view.Plan.HasAssignments ? 950 + 21 * view.Plan.Assignments.Length + 44 * view.Scenario.Offices.Length : 600);

    private static void Kpis(StringBuilder html, PlanView view)
    {
        var plan = view.Plan;
        var gap = plan is { Objective: { } o, BestBound: { } b } && o != 0 ? Math.Abs(o - b) / Math.Abs(o) : (double?)null;
        (string Key, string Label, string Value)[] kpis =
        [
            ("status", "status", plan.Status.ToString()),
            ("objective", "objective", plan.Objective?.ToString(CultureInfo.InvariantCulture) ?? "—"),
            ("bestBound", "best bound", plan.BestBound?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—"),
            ("gap", "gap", gap?.ToString("0.0 %", CultureInfo.InvariantCulture) ?? "—"),
            ("solveSeconds", "solve time (s)", plan.SolveSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
            ("cadres", "cadres", view.Scenario.Cadres.Length.ToString(CultureInfo.InvariantCulture)),
            ("moves", "moves", plan.Terms.Moves.ToString(CultureInfo.InvariantCulture)),
            ("trainings", "trainings", plan.Trainings.Length.ToString(CultureInfo.InvariantCulture)),
            ("handovers", "handovers", plan.Handovers.Length.ToString(CultureInfo.InvariantCulture)),
            ("checkpoints", "checkpoints", plan.Checkpoints.Length.ToString(CultureInfo.InvariantCulture)),
        ];
        html.Append($"<p class=\"note\">{view.Scenario.Horizon.Months} months from {view.Scenario.Horizon.Start}</p>\n<div class=\"kpis\">\n");
        foreach (var (key, label, value) in kpis)
            html.Append($"<div class=\"kpi\"><span class=\"label\">{label}</span><span class=\"value\" data-kpi=\"{key}\">{E(value)}</span></div>\n");
        html.Append("</div>\n");
    }

    private static void Terms(StringBuilder html, PlanView view)
    {
        var t = view.Plan.Terms;
        var w = view.Scenario.Policy.Weights;
        // Sign as in SPEC §4: cross-office experience and preferences are rewards, so they lower the objective.
        (string Key, string Label, long Count, long Weight)[] terms =
        [
            ("vacancy", "vacancy (months short at non-critical posts)", t.Vacancy, w.Vacancy),
            ("moves", "moves", t.Moves, w.Move),
            ("excessMoves", "moves beyond the fair share", t.ExcessMoves, w.ExcessMoves),
            ("trainingCost", "training cost", t.TrainingCost, w.TrainingCost),
            ("crossOffice", "new cross-office experiences", t.CrossOffice, -w.CrossOffice),
            ("preference", "preference met", t.Preference, -w.Preference),
            ("changes", "changes to the published plan", t.Changes, w.Change),
        ];
        html.Append("<h2>Objective terms</h2>\n<table class=\"terms\">\n<tr><th>term</th><th>count</th><th>weight</th><th>contribution</th></tr>\n");
        foreach (var (key, label, count, weight) in terms)
            html.Append($"<tr data-term=\"{key}\"><th class=\"who\">{label}</th><td class=\"n\" data-count>{count}</td><td class=\"n\">{weight:+#;−#;0}</td>")
                .Append($"<td class=\"n\">{count * weight}</td></tr>\n");
        html.Append($"<tr><th class=\"who\">objective</th><td></td><td></td><td class=\"n\" data-total>{view.Plan.Objective}</td></tr>\n</table>\n");
    }

    private static void Timeline(StringBuilder html, PlanView view)
    {
        var months = view.Plan.Months;
        html.Append("<h2>Timeline</h2>\n<p class=\"legend\">");
        foreach (var o in view.Scenario.Offices)
            html.Append($"<span><i class=\"swatch\" style=\"background:{OfficePalette.Of(view, o.Id)}\"></i>{E(view.OfficeName(o.Id))}</span>");
        html.Append("<br><span>→ move or join</span><span>● checkpoint</span><span>◆ exit review</span><span>▁ dark bar: training</span>")
            .Append("<span>hatched: unavailable</span></p>\n<table class=\"timeline\">\n<tr><th class=\"who\">cadre</th>");
        foreach (var m in months) html.Append($"<th class=\"month\">{m}</th>");
        html.Append("</tr>\n");
        foreach (var a in view.Plan.Assignments)
        {
            html.Append($"<tr data-cadre=\"{E(a.Cadre)}\"><th class=\"who\">{E(view.CadreLabel(a.Cadre))}</th>");
            for (var t = 0; t < months.Length; t++) html.Append(Cell(view, a.Cadre, t));
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Cell(PlanView view, string cadre, int t)
    {
        var label = view.Plan.Months[t];
        var month = YearMonth.Parse(label);
        var person = view.Index.Cadres[cadre];
        var post = view.PostAt(cadre, t);
        var classes = new List<string>();
        var marks = new StringBuilder();
        var notes = new List<string> { label };
        if (post is null) { classes.Add("absent"); notes.Add("not present"); }
        else notes.Add($"{post} {view.PostTitle(post)}");
        var before = t == 0 ? (person.IsJoiner ? null : person.Post) : view.PostAt(cadre, t - 1);
        if (post is not null && post != before) { marks.Append('→'); notes.Add(before is null ? "joins" : $"moves from {before}"); }
        if (view.TrainingsOf(cadre).FirstOrDefault(x => x.First <= month && month <= x.Last) is { Course: { } course })
        {
            classes.Add("train");
            notes.Add($"training {course.Id}");
        }
        if (person.IsUnavailableIn(month)) { classes.Add("away"); notes.Add("unavailable"); }
        foreach (var c in view.CheckpointsAt(cadre, label))
        {
            marks.Append(c.Kind == CheckpointKind.Exit ? '◆' : '●');
            notes.Add($"{c.Kind} checkpoint {c.Date:yyyy-MM-dd}");
        }
        var style = post is null ? "" : $" style=\"background-color:{OfficePalette.Of(view, view.OfficeOf(post))}\"";
        var cls = classes.Count > 0 ? $" class=\"{string.Join(' ', classes)}\"" : "";
        return $"<td{cls}{style} data-post=\"{E(post ?? "")}\" title=\"{E(string.Join(" · ", notes))}\">{marks}</td>";
    }

    private static void HeadcountTable(StringBuilder html, PlanView view)
    {
        html.Append("<h2>Monthly headcount per office</h2>\n<p class=\"note\">Holders of the office's posts; red: fewer available than the posts' ")
            .Append("summed minimum, amber: more than their summed maximum.</p>\n<table class=\"headcount\">\n<tr><th class=\"who\">office (min–max)</th>");
        foreach (var m in view.Plan.Months) html.Append($"<th class=\"month\">{m}</th>");
        html.Append("</tr>\n");
        foreach (var (office, months) in Headcount.ByOffice(view))
        {
            html.Append($"<tr data-office=\"{E(office)}\"><th class=\"who\">{E(view.OfficeName(office))} ({months[0].Min}–{months[0].Max})</th>");
            foreach (var m in months)
            {
                var cls = m.Short ? " class=\"short\"" : m.Over ? " class=\"over\"" : "";
                html.Append($"<td{cls} title=\"{m.Month}: {m.Holders} holders, {m.Available} available\">{m.Holders}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
