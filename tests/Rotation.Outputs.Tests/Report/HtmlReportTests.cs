using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Rotation.Domain.Plans;
using Rotation.Outputs.Report;
using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Report;

public sealed class HtmlReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-report-").FullName;

    private string Rendered(PlanView view, ReportWording? wording = null)
    {
        Browser.Required();
        var path = Path.Combine(_dir, HtmlReport.File);
        File.WriteAllBytes(path, HtmlReport.ToUtf8(view, Seed.Made, "pku-branch.json", wording));
        var run = Chromium.DumpDom(path);
        Assert.True(run.Succeeded, run.Problem);
        return run.Output;
    }

    // A cell's text, its office (or working-days) line set off by " / ".
    private static string Text(string cell) =>
        WebUtility.HtmlDecode(Regex.Replace(cell.Replace("<span class=\"office\">", " / "), "<[^>]+>", ""));

    private static string Kpi(string dom, string key) => Regex.Match(dom, $"data-kpi=\"{key}\">([^<]*)<").Groups[1].Value;

    private static string[] Headings(string dom) => [.. Regex.Matches(dom, "<h[12]>([^<]*)</h[12]>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string[] CardLabels(string dom) => [.. Regex.Matches(dom, "data-card=\"\\w+\"><span class=\"label\">([^<]*)<").Select(m => m.Groups[1].Value)];

    private static string SummaryText(string dom) => Regex.Match(dom, "<p class=\"summary\" data-summary=\"\">([^<]*)</p>").Groups[1].Value;

    /// <summary>The text of each field of a cadre's record block, its entries separated by " | ".</summary>
    private static Dictionary<string, string> Record(string dom, string cadre)
    {
        var block = Regex.Match(dom, $"<div class=\"record\" data-record=\"{cadre}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(block.Success, $"no record for {cadre}");
        return Regex.Matches(block.Value, "<td data-field=\"(\\w+)\">(.*?)</td>", RegexOptions.Singleline).ToDictionary(
            m => m.Groups[1].Value,
            m => WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(m.Groups[2].Value, "</span><span class=\"item\"", " | <span"), "<[^>]+>", "")));
    }

    [Fact]
    public void The_rendered_page_has_a_row_for_every_cadre_with_a_cell_per_month()
    {
        var dom = Rendered(Seed.View);

        foreach (var a in Seed.Plan.Assignments)
        {
            var row = Regex.Match(dom, $"<tr data-cadre=\"{a.Cadre}\">(.*?)</tr>", RegexOptions.Singleline);
            Assert.True(row.Success, $"no timeline row for {a.Cadre}");
            Assert.Contains(Seed.View.CadreLabel(a.Cadre), row.Value);
            Assert.Equal(a.Posts.Select(p => p ?? ""), Regex.Matches(row.Value, "data-post=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        }
    }

    [Fact]
    public void The_rendered_KPIs_and_terms_are_the_plan_figures()
    {
        var dom = Rendered(Seed.View);

        var plan = Seed.Plan;
        Assert.Equal(plan.Status.ToString(), Kpi(dom, "status"));
        Assert.Equal(plan.Objective!.Value.ToString(CultureInfo.InvariantCulture), Kpi(dom, "objective"));
        Assert.Equal(plan.Terms.Moves.ToString(CultureInfo.InvariantCulture), Kpi(dom, "moves"));
        Assert.Equal(plan.Handovers.Length.ToString(CultureInfo.InvariantCulture), Kpi(dom, "handovers"));
        Assert.Equal(plan.Checkpoints.Length.ToString(CultureInfo.InvariantCulture), Kpi(dom, "checkpoints"));
        Assert.Equal(plan.Terms.Preference.ToString(CultureInfo.InvariantCulture),
            Regex.Match(dom, "data-term=\"preference\">.*?data-count=\"\">([^<]*)<").Groups[1].Value);
        Assert.Equal(plan.Objective.Value.ToString(CultureInfo.InvariantCulture), Regex.Match(dom, "data-total=\"\">([^<]*)<").Groups[1].Value);
    }

    [Fact]
    public void The_rendered_headcount_has_a_row_per_office_and_marks_checkpoints_on_the_timeline()
    {
        var dom = Rendered(Seed.View);

        Assert.All(Seed.Scenario.Offices, o => Assert.Contains($"<tr data-office=\"{o.Id}\">", dom));
        var rows = Regex.Matches(dom, "<tr data-cadre=.*?</tr>", RegexOptions.Singleline).Select(m => m.Value);
        Assert.Equal(Seed.Plan.Checkpoints.Length, rows.Sum(r => r.Count(ch => ch is '●' or '◆')));
    }

    [Fact]
    public void The_page_loads_nothing_from_outside()
    {
        var html = Encoding.UTF8.GetString(HtmlReport.ToUtf8(Seed.View, Seed.Made));

        Assert.DoesNotMatch("<script|<link|src=|@import|url\\(|https?://", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void A_plan_without_assignments_gets_a_report_naming_the_conflicts()
    {
        var plan = PlanAssembler.Empty(Seed.Scenario, PlanStatus.Infeasible, ["tenure.max:c03", "blackout:cyber:2027-09"], 2);

        var dom = Rendered(new PlanView(Seed.Scenario, plan));

        Assert.Equal("Infeasible", Kpi(dom, "status"));
        Assert.Equal(["tenure.max:c03", "blackout:cyber:2027-09"], Regex.Matches(dom, "<li data-conflict=\"\">([^<]*)</li>").Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("data-cadre", dom);
    }

    [Fact]
    public void The_rendered_page_opens_with_the_summary_and_lists_every_move_and_the_exchange_between_offices()
    {
        var dom = Rendered(Tiny.View);

        Assert.Equal(
            "2 moves (2 between offices), nobody past their maximum tenure, 1 post left short for 2 post-months (r: 2 months), " +
            "1 training; every rule checked on 2026-12-01 for pku-branch.json.",
            Regex.Match(dom, "<p class=\"summary\" data-summary=\"\">([^<]*)</p>").Groups[1].Value);
        var moves = Regex.Matches(dom, "<tr data-move=\"[^\"]*\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(c => Text(c.Groups[1].Value)).ToArray())
            .ToArray();
        Assert.Equal(
            [
                ["2027-03", "Ann (c1)", "p Clerk / Office A", "q Counsel / Office B", "2027-02-24 – 2027-02-26 / 3 working days", "Law basics (law-1), 2027-01–2027-01"],
                ["2027-03", "Bob (c2)", "q Counsel / Office B", "r / Office A", "2027-02-24 – 2027-02-26 / 3 working days", ""],
            ],
            moves);
        string Cell(string from, string to) => Regex.Match(dom, $"<tr data-from=\"{from}\">.*?data-to=\"{to}\">([^<]*)<", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(("0", "1", "1", "0"), (Cell("a", "a"), Cell("a", "b"), Cell("b", "a"), Cell("b", "b")));
        Assert.Equal(["2", "2"], Regex.Matches(dom, "data-card=\"(moves|crossOffice)\".*?data-kpi=\"\\w+\">([^<]*)<").Select(m => m.Groups[2].Value));
    }

    [Fact]
    public void The_rendered_charts_have_a_bar_per_month_and_a_headcount_line_per_office_and_cells_name_the_post_a_stint_starts_in()
    {
        var dom = Rendered(Tiny.View);

        Assert.Equal(["0", "0", "2", "0", "0", "0"], Regex.Matches(dom, "<rect data-month=\"[^\"]*\" data-moves=\"(\\d+)\"").Select(m => m.Groups[1].Value));
        var a = Regex.Match(dom, "<svg data-chart=\"headcount-a\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(["1", "2", "2", "2", "2", "2"], Regex.Matches(a, "data-holders=\"(\\d+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<svg data-chart=\"headcount-b\"", dom);
        var row = Regex.Match(dom, "<tr data-cadre=\"c1\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["p", "q"], Regex.Matches(row, "<span class=\"lbl\"[^>]*>([^<]*)</span>").Select(m => m.Groups[1].Value));
        Assert.Contains("training: Law basics (law-1)", row);
    }

    [Fact]
    public void The_english_page_is_marked_en_and_keeps_its_words()
    {
        var dom = Rendered(Tiny.View);

        Assert.Contains("<html lang=\"en\">", dom);
        Assert.Equal(
            ["Rotation plan", "Moves per month", "Moves by month", "Exchange between offices", "Timeline", "Trainings", "Monthly headcount per office",
             "Objective terms", "Rotation records"],
            Headings(dom));
        Assert.Equal(["moves", "cross-office experiences", "vacancy months", "trainings", "preference met", "objective"], CardLabels(dom));
    }

    [Fact]
    public void The_chinese_page_is_marked_zh_CN_and_has_chinese_headings_cards_and_summary_with_the_same_figures()
    {
        var dom = Rendered(Tiny.View, ReportWording.Chinese);

        Assert.Contains("<html lang=\"zh-CN\">", dom);
        Assert.Equal(["轮岗方案", "每月轮岗人次", "逐月轮岗明细", "部门间人员互通", "任职时间线", "培训安排", "各部门每月任职人数", "目标函数构成", "轮岗档案"], Headings(dom));
        Assert.Equal(["轮岗次数", "跨部门经历", "缺员月数", "培训人次", "意愿满足", "目标值"], CardLabels(dom));
        Assert.Equal("共 2 次轮岗（2 次跨部门），无人超过最长任期，1 个岗位累计缺员 2 个岗位月（r：2 个月），1 次培训；" +
                     "已于 2026-12-01 按 pku-branch.json 核验全部规则。", SummaryText(dom));
        // The figures and their data-* attributes are those of the English page; only the words change.
        Assert.Equal(("2", "2", "最优"), (Kpi(dom, "moves"), Kpi(dom, "crossOffice"), Kpi(dom, "status")));
        Assert.Contains("<th class=\"who\">调出 \\ 调入</th>", dom);
        Assert.Contains("离任考核 2027-02-24", Regex.Match(dom, "<tr data-cadre=\"c1\">(.*?)</tr>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public void Every_cadre_has_a_record_with_the_offices_posts_and_moves_of_the_plan()
    {
        var dom = Rendered(Tiny.View);

        Assert.Equal(["c1", "c2", "c3"], Regex.Matches(dom, "data-record=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var ann = Record(dom, "c1");
        Assert.Equal("Office A; Office B", ann["offices"]);
        Assert.Equal("2025-01–2027-02 p Clerk Office A | 2027-03–2027-06 q Counsel Office B", ann["posts"]);
        Assert.Equal(("1", "Office B", "law"), (ann["moves"], ann["newOffices"], ann["competenciesGained"]));
        Assert.Equal("2027-01–2027-01 Law basics (law-1)", ann["courses"]);
        Assert.Equal("2027-02-24 exit p | 2027-05-03 onboarding q", ann["checkpoints"]);
        var cy = Record(dom, "c3");
        Assert.Equal(("Office A", "2027-02–2027-06 p Clerk Office A", "0", "none", "none"),
            (cy["offices"], cy["posts"], cy["moves"], cy["newOffices"], cy["courses"]));
    }

    [Fact]
    public void The_chinese_records_use_chinese_words_for_months_kinds_and_nothing()
    {
        var dom = Rendered(Tiny.View, ReportWording.Chinese);

        var ann = Record(dom, "c1");
        Assert.Equal("Office A、Office B", ann["offices"]);
        Assert.Equal("2025-01 至 2027-02 p Clerk Office A | 2027-03 至 2027-06 q Counsel Office B", ann["posts"]);
        Assert.Equal("2027-01 Law basics (law-1)", ann["courses"]);
        Assert.Equal("2027-02-24 离任考核 p | 2027-05-03 到岗考核 q", ann["checkpoints"]);
        Assert.Equal("无", Record(dom, "c3")["newOffices"]);
    }

    [Fact]
    public void Printed_each_record_starts_a_page_and_the_sections_before_it_do_not()
    {
        var html = Encoding.UTF8.GetString(HtmlReport.ToUtf8(Tiny.View, Seed.Made));

        var print = html[html.LastIndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Matches(@"\.record \{ break-before: page;", print);
        Assert.Single(Regex.Matches(html, "break-before: page"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
