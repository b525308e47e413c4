using System.Globalization;
using System.Net;
using System.Text;
using Rotation.Domain.Plans;
using Rotation.Domain.Time;
using Rotation.Outputs.Exchange;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>
/// report.html: one self-contained page (inline styles, no scripts, no fonts or images fetched) with the plan's KPIs and
/// objective terms, a timeline per cadre coloured by office, monthly headcount per office and each cadre's rotation
/// record, worded in English or Chinese (<see cref="ReportWording"/>). Elements carry data-* attributes, the same in
/// every language, so tests can read the rendered page.
/// </summary>
public static class HtmlReport
{
    public const string File = "report.html";

    /// <summary>Fonts that draw Chinese names on Linux, Windows and macOS, for every page the tools write.</summary>
    public const string FontFamily = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif";

    private const string Style = $$"""
        body { font-family: {{FontFamily}}; margin: 24px; color: #222; }
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
        .summary { font-size: 16px; line-height: 1.5; border-left: 4px solid #4a7fb5; padding: 6px 12px; background: #f3f7fb; max-width: 980px; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 10px; }
        .card { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; width: 200px; }
        .card .label { display: block; font-size: 12px; color: #555; } .card .value { display: block; font-size: 24px; font-weight: bold; }
        .card .explain { display: block; font-size: 11px; color: #666; margin-top: 2px; }
        .details { color: #666; font-size: 12px; margin-top: 8px; } .details span { margin-right: 12px; }
        .moves td, .moves th, .trainings td, .trainings th { text-align: left; vertical-align: top; }
        .moves td.nowrap { white-space: nowrap; } .moves .office { display: block; color: #666; font-size: 11px; }
        .exchange td { min-width: 40px; } .exchange td.same { background: #f2f2f2; } .exchange .total { font-weight: bold; }
        .timeline td { height: 24px; vertical-align: bottom; }
        .timeline .lbl { position: absolute; left: 1px; top: 0; font-size: 9px; line-height: 10px; white-space: nowrap; overflow: hidden; z-index: 1; pointer-events: none; color: #111; }
        .charts svg { display: block; margin-bottom: 6px; }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          body { margin: 0; font-size: 10pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tr, .card, svg, .summary, .legend { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .exchange, .headcount, .terms, .cards { break-inside: avoid; page-break-inside: avoid; }
          .timeline th.month { font-size: 7px; } .timeline td { width: 14px; height: 18px; } .timeline .lbl { font-size: 7px; }
          td, th, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>
    /// The page for a plan the checker has passed, in the language of <paramref name="wording"/> (English by default).
    /// <paramref name="checkedAt"/> (the host's clock) and <paramref name="source"/> (the scenario's file name, when there
    /// is one) date and name that check in the summary.
    /// </summary>
    public static byte[] ToUtf8(PlanView view, DateTimeOffset checkedAt, string? source = null, ReportWording? wording = null)
    {
        var w = wording ?? ReportWording.English;
        var plan = view.Plan;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{w.HtmlLang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(w.Title)} — {E(plan.Scenario)}</title>\n")
            .Append($"<style>\n{Style}\n{RecordPages.Style}\n</style>\n</head>\n<body>\n<h1>{E(w.Title)}</h1>\n<p data-scenario>{E(plan.Scenario)}</p>\n")
            .Append($"<p class=\"summary\" data-summary>{E(Summary.Sentence(view, DateOnly.FromDateTime(checkedAt.UtcDateTime), source, w))}</p>\n");
        if (plan.HasAssignments) Cards(html, view, w);
        Kpis(html, view, w);
        if (plan.HasAssignments)
        {
            MovesChart(html, view, w);
            MovesTable(html, view, w);
            ExchangeTable(html, view, w);
            Timeline(html, view, w);
            TrainingsTable(html, view, w);
            HeadcountTable(html, view, w);
            Terms(html, view, w);
            RecordPages.Append(html, view, w);
        }
        else
        {
            html.Append(plan.Status == PlanStatus.Infeasible
                ? $"<p data-empty>{E(w.ConflictsIntro)}</p>\n<ul>\n" +
                  string.Concat(plan.Conflicts.Select(c => $"<li data-conflict>{E(c)}</li>\n")) + "</ul>\n"
                : $"<p data-empty>{E(w.NotFoundAdvice)}</p>\n");
        }
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>A window size that shows the whole page: headless Chromium screenshots only what the window holds.</summary>
    public static (int Width, int Height) PageSize(PlanView view)
    {
        var width = Math.Max(1000, 300 + 24 * view.Plan.Months.Length);
        return (width, view.Plan.HasAssignments
            ? 2400 + 27 * view.Plan.Assignments.Length + 200 * view.Scenario.Offices.Length + 50 * view.Moves.Length + 24 * view.Plan.Trainings.Length
              + RecordPages.Height(view, width)
            : 600);
    }

    /// <summary>The figures HR asks about first, each with one line saying what it counts.</summary>
    private static void Cards(StringBuilder html, PlanView view, ReportWording w)
    {
        var plan = view.Plan;
        var t = plan.Terms;
        var across = view.Moves.Count(m => m.CrossesOffices);
        var bound = plan.BestBound?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
        var gap = Gap(plan)?.ToString("0.0 %", CultureInfo.InvariantCulture) ?? "—";
        (string Key, string Label, string Value, string Explain)[] cards =
        [
            ("moves", w.Moves, N(t.Moves), w.MovesExplain(across)),
            ("crossOffice", w.CrossOffice, N(t.CrossOffice), w.CrossOfficeExplain),
            ("vacancy", w.Vacancy, N(t.Vacancy), w.VacancyExplain),
            ("trainings", w.Trainings, N(plan.Trainings.Length), w.TrainingsExplain),
            ("preference", w.PreferenceMet, N(t.Preference), w.PreferenceExplain),
            ("objective", w.Objective, plan.Objective is { } o ? N(o) : "—", w.ObjectiveExplain(bound, gap)),
        ];
        html.Append("<div class=\"cards\">\n");
        foreach (var (key, label, value, explain) in cards)
            html.Append($"<div class=\"card\" data-card=\"{key}\"><span class=\"label\">{E(label)}</span><span class=\"value\" data-kpi=\"{key}\">{E(value)}</span>")
                .Append($"<span class=\"explain\">{E(explain)}</span></div>\n");
        html.Append("</div>\n");
    }

    private static double? Gap(Plan plan) =>
        plan is { Objective: { } o, BestBound: { } b } && o != 0 ? Math.Abs(o - b) / Math.Abs(o) : null;

    /// <summary>How the plan was found and what it holds besides moves: status, solve, handover and checkpoint counts.</summary>
    private static void Kpis(StringBuilder html, PlanView view, ReportWording w)
    {
        var plan = view.Plan;
        (string Key, string Label, string Value)[] kpis =
        [
            ("status", w.Status, w.StatusName(plan.Status)),
            ("bestBound", w.BestBound, plan.BestBound?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—"),
            ("gap", w.Gap, Gap(plan)?.ToString("0.0 %", CultureInfo.InvariantCulture) ?? "—"),
            ("solveSeconds", w.SolveSeconds, plan.SolveSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
            ("cadres", w.Cadres, N(view.Scenario.Cadres.Length)),
            ("handovers", w.Handovers, N(plan.Handovers.Length)),
            ("checkpoints", w.Checkpoints, N(plan.Checkpoints.Length)),
        ];
        html.Append($"<p class=\"details\"><span>{E(w.HorizonSpan(view.Scenario.Horizon.Months, view.Scenario.Horizon.Start.ToString()))}</span>");
        foreach (var (key, label, value) in kpis)
            html.Append($"<span>{E(label)}{w.Colon}<b data-kpi=\"{key}\">{E(value)}</b></span>");
        html.Append("</p>\n");
    }

    private static void MovesChart(StringBuilder html, PlanView view, ReportWording w) =>
        html.Append($"<h2>{E(w.MovesPerMonth)}</h2>\n<div class=\"charts\">").Append(Charts.MovesPerMonth(view, w)).Append("</div>\n");

    /// <summary>Every move by month: who, from which post to which (with the offices), the handover window and the course taken first.</summary>
    private static void MovesTable(StringBuilder html, PlanView view, ReportWording w)
    {
        var lines = HandoverSheet.Lines(view).Where(l => l.Row.To is not null).ToDictionary(l => (l.Row.Month, l.Row.Post, l.Row.To!));
        html.Append($"<h2>{E(w.MovesByMonth)}</h2>\n");
        if (view.Moves.IsEmpty)
        {
            html.Append($"<p class=\"note\" data-no-moves>{E(w.NoMoves)}</p>\n");
            return;
        }
        html.Append("<table class=\"moves\">\n<thead><tr>")
            .Append(Headers(w.Month, w.Who, w.FromPost, w.ToPost, w.HandoverWindow, w.TrainingFirst)).Append("</tr></thead>\n<tbody>\n");
        foreach (var m in view.Moves)
        {
            var line = lines.GetValueOrDefault((m.Month, m.To, m.Cadre));
            var window = line is null ? "" : $"{Wording.Day(line.Row.WindowStart)} – {Wording.Day(line.Row.WindowEnd)}<span class=\"office\">{E(w.WorkingDays(line.WorkingDays))}</span>";
            var training = line is null ? "" : string.Join(w.EntrySeparator, line.Training.Select(x => w.CourseInMonths(view.Index.Courses[x.Course].Label, w.MonthSpan(x.Start, x.Ends))));
            html.Append($"<tr data-move=\"{E(m.Cadre)}\"><td class=\"nowrap\">{m.Month}</td><td class=\"nowrap\">{E(view.CadreLabel(m.Cadre))}</td>")
                .Append($"<td>{PostCell(view, m.From)}</td><td>{PostCell(view, m.To)}</td><td class=\"nowrap\">{window}</td><td>{E(training)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The post's id and title, with its office's name on a line of its own.</summary>
    private static string PostCell(PlanView view, string post) =>
        $"{E(post)}{(view.PostTitle(post) is { Length: > 0 } title ? " " + E(title) : "")}<span class=\"office\">{E(view.OfficeName(view.OfficeOf(post)))}</span>";

    /// <summary>The office × office matrix of moves: rows the office left, columns the office joined.</summary>
    private static void ExchangeTable(StringBuilder html, PlanView view, ReportWording w)
    {
        var x = OfficeExchange.Of(view);
        html.Append($"<h2>{E(w.Exchange)}</h2>\n<p class=\"note\">{E(w.ExchangeNote)}</p>\n")
            .Append($"<table class=\"exchange\">\n<tr><th class=\"who\">{E(w.FromTo)}</th>");
        foreach (var o in x.Offices) html.Append($"<th>{E(view.OfficeName(o))}</th>");
        html.Append($"<th class=\"total\">{E(w.TotalOut)}</th></tr>\n");
        for (var i = 0; i < x.Offices.Length; i++)
        {
            html.Append($"<tr data-from=\"{E(x.Offices[i])}\"><th class=\"who\">{E(view.OfficeName(x.Offices[i]))}</th>");
            for (var j = 0; j < x.Offices.Length; j++)
                html.Append($"<td{(i == j ? " class=\"same\"" : "")} data-to=\"{E(x.Offices[j])}\">{x.Count[i][j]}</td>");
            html.Append($"<td class=\"total\">{x.Out(i)}</td></tr>\n");
        }
        html.Append($"<tr><th class=\"who total\">{E(w.TotalIn)}</th>");
        for (var j = 0; j < x.Offices.Length; j++) html.Append($"<td class=\"total\">{x.In(j)}</td>");
        html.Append($"<td class=\"total\">{view.Moves.Length}</td></tr>\n</table>\n");
    }

    private static void TrainingsTable(StringBuilder html, PlanView view, ReportWording w)
    {
        if (view.Plan.Trainings.IsEmpty) return;
        html.Append($"<h2>{E(w.TrainingsHeading)}</h2>\n<table class=\"trainings\">\n<thead><tr>")
            .Append(Headers(w.Who, w.Course, w.Months, w.CompetencyGained)).Append("</tr></thead>\n<tbody>\n");
        foreach (var cadre in view.Scenario.Cadres)
            foreach (var t in view.TrainingsOf(cadre.Id).OrderBy(t => t.First))
                html.Append($"<tr data-training=\"{E(cadre.Id)}\"><td>{E(view.CadreLabel(cadre.Id))}</td><td>{E(t.Course.Label)}</td>")
                    .Append($"<td>{E(w.MonthSpan(t.First.ToString(), t.Last.ToString()))}</td><td>{E(t.Course.Grants)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Terms(StringBuilder html, PlanView view, ReportWording w)
    {
        var t = view.Plan.Terms;
        var weights = view.Scenario.Policy.Weights;
        // Sign as in SPEC §4: cross-office experience and preferences are rewards, so they lower the objective.
        (string Key, string Label, long Count, long Weight)[] terms =
        [
            ("vacancy", w.VacancyTerm, t.Vacancy, weights.Vacancy),
            ("moves", w.Moves, t.Moves, weights.Move),
            ("excessMoves", w.ExcessMovesTerm, t.ExcessMoves, weights.ExcessMoves),
            ("trainingCost", w.TrainingCostTerm, t.TrainingCost, weights.TrainingCost),
            ("crossOffice", w.CrossOfficeTerm, t.CrossOffice, -weights.CrossOffice),
            ("preference", w.PreferenceMet, t.Preference, -weights.Preference),
            ("changes", w.ChangesTerm, t.Changes, weights.Change),
        ];
        html.Append($"<h2>{E(w.Terms)}</h2>\n<table class=\"terms\">\n<tr>").Append(Headers(w.Term, w.Count, w.Weight, w.Contribution)).Append("</tr>\n");
        foreach (var (key, label, count, weight) in terms)
            html.Append($"<tr data-term=\"{key}\"><th class=\"who\">{E(label)}</th><td class=\"n\" data-count>{count}</td><td class=\"n\">{weight:+#;−#;0}</td>")
                .Append($"<td class=\"n\">{count * weight}</td></tr>\n");
        html.Append($"<tr><th class=\"who\">{E(w.Objective)}</th><td></td><td></td><td class=\"n\" data-total>{view.Plan.Objective}</td></tr>\n</table>\n");
    }

    private static void Timeline(StringBuilder html, PlanView view, ReportWording w)
    {
        var months = view.Plan.Months;
        html.Append($"<h2>{E(w.Timeline)}</h2>\n<p class=\"legend\">");
        foreach (var o in view.Scenario.Offices)
            html.Append($"<span><i class=\"swatch\" style=\"background:{OfficePalette.Of(view, o.Id)}\"></i>{E(view.OfficeName(o.Id))}</span>");
        html.Append($"<br><span>{E(w.LegendColour)}</span><span>{E(w.LegendLabel)}</span>")
            .Append($"<span>{E(w.LegendMove)}</span><span>{E(w.LegendCheckpoint)}</span><span>{E(w.LegendExit)}</span>")
            .Append($"<span><i class=\"swatch\" style=\"box-shadow: inset 0 -4px 0 #333\"></i>{E(w.LegendTraining)}</span>")
            .Append($"<span><i class=\"swatch\" style=\"background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,.35) 3px 5px)\"></i>{E(w.LegendAway)}</span>")
            .Append($"<span><i class=\"swatch\" style=\"background:#fff\"></i>{E(w.LegendAbsent)}</span>")
            .Append($"<span>{E(w.LegendHover)}</span></p>\n<table class=\"timeline\">\n<tr><th class=\"who\">{E(w.Cadre)}</th>");
        foreach (var m in months) html.Append($"<th class=\"month\">{m}</th>");
        html.Append("</tr>\n");
        foreach (var a in view.Plan.Assignments)
        {
            html.Append($"<tr data-cadre=\"{E(a.Cadre)}\"><th class=\"who\">{E(view.CadreLabel(a.Cadre))}</th>");
            for (var t = 0; t < months.Length; t++) html.Append(Cell(view, w, a.Cadre, t));
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Cell(PlanView view, ReportWording w, string cadre, int t)
    {
        var monthLabel = view.Plan.Months[t];
        var month = YearMonth.Parse(monthLabel);
        var person = view.Index.Cadres[cadre];
        var post = view.PostAt(cadre, t);
        var classes = new List<string>();
        var marks = new StringBuilder();
        var notes = new List<string> { monthLabel };
        if (post is null) { classes.Add("absent"); notes.Add(w.NotPresent); }
        else notes.Add($"{post} {view.PostTitle(post)}");
        var before = t == 0 ? (person.IsJoiner ? null : person.Post) : view.PostAt(cadre, t - 1);
        if (post is not null && post != before) { marks.Append('→'); notes.Add(before is null ? w.Joins : w.MovesFrom(before)); }
        var previous = t == 0 ? null : view.PostAt(cadre, t - 1);
        var label = post is not null && (t == 0 || post != previous) ? $"<span class=\"lbl\" style=\"max-width:{22 * Run(view, cadre, t) - 2}px\">{E(post)}</span>" : "";
        if (view.TrainingsOf(cadre).FirstOrDefault(x => x.First <= month && month <= x.Last) is { Course: { } course })
        {
            classes.Add("train");
            notes.Add(w.InTraining(course.Label));
        }
        if (person.IsUnavailableIn(month)) { classes.Add("away"); notes.Add(w.Unavailable); }
        foreach (var c in view.CheckpointsAt(cadre, monthLabel))
        {
            marks.Append(c.Kind == CheckpointKind.Exit ? '◆' : '●');
            notes.Add(w.CheckpointNote(w.CheckpointKindName(c.Kind), Wording.Day(c.Date)));
        }
        var style = post is null ? "" : $" style=\"background-color:{OfficePalette.Of(view, view.OfficeOf(post))}\"";
        var cls = classes.Count > 0 ? $" class=\"{string.Join(' ', classes)}\"" : "";
        return $"<td{cls}{style} data-post=\"{E(post ?? "")}\" title=\"{E(string.Join(" · ", notes))}\">{label}{marks}</td>";
    }

    /// <summary>How many months from <paramref name="t"/> on the cadre stays in the same post: the room the post's label has.</summary>
    private static int Run(PlanView view, string cadre, int t)
    {
        var n = 1;
        while (t + n < view.Plan.Months.Length && view.PostAt(cadre, t + n) == view.PostAt(cadre, t)) n++;
        return n;
    }

    private static void HeadcountTable(StringBuilder html, PlanView view, ReportWording w)
    {
        html.Append($"<h2>{E(w.Headcount)}</h2>\n<p class=\"note\">{E(w.HeadcountNote)}</p>\n")
            .Append($"<table class=\"headcount\">\n<tr><th class=\"who\">{E(w.OfficeBand)}</th>");
        foreach (var m in view.Plan.Months) html.Append($"<th class=\"month\">{m}</th>");
        html.Append("</tr>\n");
        var byOffice = Headcount.ByOffice(view);
        foreach (var (office, months) in byOffice)
        {
            html.Append($"<tr data-office=\"{E(office)}\"><th class=\"who\">{E(view.OfficeName(office))} ({months[0].Min}–{months[0].Max})</th>");
            foreach (var m in months)
            {
                var cls = m.Short ? " class=\"short\"" : m.Over ? " class=\"over\"" : "";
                html.Append($"<td{cls} title=\"{E(w.HoldersNote(m.Month, m.Holders, m.Available))}\">{m.Holders}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append($"</table>\n<p class=\"note\">{E(w.HeadcountChartNote)}</p>\n<div class=\"charts\">\n");
        foreach (var (office, months) in byOffice)
            html.Append($"<p class=\"note\">{E(view.OfficeName(office))} ({months[0].Min}–{months[0].Max})</p>").Append(Charts.HeadcountBand(view, w, office, months)).Append('\n');
        html.Append("</div>\n");
    }

    private static string Headers(params string[] labels) => string.Concat(labels.Select(l => $"<th>{E(l)}</th>"));

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
