using System.Globalization;
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
        File.WriteAllBytes(path, HtmlReport.ToUtf8(view));
        var run = Chromium.DumpDom(path);
        Assert.True(run.Succeeded, run.Problem);
        return run.Output;
    }

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
        var html = Encoding.UTF8.GetString(HtmlReport.ToUtf8(Seed.View));

        Assert.DoesNotMatch("<script|<link|src=|@import|url\\(|https?://", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
