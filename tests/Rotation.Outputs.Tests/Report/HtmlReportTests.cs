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

    private string Rendered(PlanView view)
    {
        Browser.Required();
        var path = Path.Combine(_dir, HtmlReport.File);
        File.WriteAllBytes(path, HtmlReport.ToUtf8(view, Seed.Made, "pku-branch.json"));
        var run = Chromium.DumpDom(path);
        Assert.True(run.Succeeded, run.Problem);
        return run.Output;
    }

    // A cell's text, its office (or working-days) line set off by " / ".
    private static string Text(string cell) =>
        WebUtility.HtmlDecode(Regex.Replace(cell.Replace("<span class=\"office\">", " / "), "<[^>]+>", ""));

    private static string Kpi(string dom, string key) => Regex.Match(dom, $"data-kpi=\"{key}\">([^<]*)<").Groups[1].Value;

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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
