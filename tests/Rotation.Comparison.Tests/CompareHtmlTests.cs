using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using static Rotation.Comparison.Tests.Support.Small;

namespace Rotation.Comparison.Tests;

public class CompareHtmlTests
{
    private static string Html(PlanComparison comparison) => Encoding.UTF8.GetString(CompareHtml.ToUtf8(comparison));

    private static string Kpi(string html, string key, int plan) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-plan=\"{plan}\" data-kpi=\"{Regex.Escape(key)}\">([^<]*)<").Groups[1].Value);

    /// <summary>The (cadre, month) of every cell marked as differing, once per plan row it is marked in.</summary>
    private static (string Cadre, string Month)[] Marked(string html) =>
    [
        .. Regex.Matches(html, "<tr data-cadre=\"([^\"]*)\"[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .SelectMany(row => Regex.Matches(row.Groups[2].Value, "<td class=\"[^\"]*differs[^\"]*\"[^>]*data-month=\"([^\"]*)\"[^>]*data-differs")
                .Select(cell => (row.Groups[1].Value, cell.Groups[1].Value))),
    ];

    [Fact]
    public void The_differing_cells_are_marked_in_every_plans_row_exactly_where_the_differences_are()
    {
        var comparison = Compare(Stay, C1Leaves, C2Joins);

        var marked = Marked(Html(comparison));

        // Four differing cells, each marked in the rows of all three plans.
        Assert.Equal(12, marked.Length);
        Assert.Equal(comparison.Differences.SelectMany(d => Enumerable.Repeat((d.Cadre, d.Month), 3)).Order(), marked.Order());
    }

    [Fact]
    public void A_cadre_every_plan_treats_alike_has_one_row_and_one_that_differs_a_row_per_plan()
    {
        var html = Html(Compare(Stay, C1Leaves));

        Assert.Equal(["<tr data-cadre=\"c1\" data-plan=\"1\">", "<tr data-cadre=\"c1\" data-plan=\"2\">", "<tr data-cadre=\"c2\" data-same>"],
            Regex.Matches(html, "<tr data-cadre=[^>]*>").Select(m => m.Value));
        Assert.Equal(4, Marked(html).Length);
        var plan2 = Regex.Match(html, "<tr data-cadre=\"c1\" data-plan=\"2\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["p", "q", "q"], Regex.Matches(plan2, "data-post=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void The_KPIs_are_in_data_kpi_cells_one_per_plan()
    {
        var html = Html(Compare(Stay, C1Leaves, C2Joins));

        Assert.Equal(("0", "160", "−30"), (Kpi(html, "objective", 1), Kpi(html, "objective", 2), Kpi(html, "objective", 3)));
        Assert.Equal(("—", "+160", "−30"), (Kpi(html, "difference", 1), Kpi(html, "difference", 2), Kpi(html, "difference", 3)));
        Assert.Equal("200 (2)", Kpi(html, "terms.vacancy", 2));
        Assert.Equal("−40 (1)", Kpi(html, "terms.crossOffice", 3));
        Assert.Equal(("1 / 0", "0 / 1"), (Kpi(html, "movesByOffice.a", 2), Kpi(html, "movesByOffice.a", 3)));
        Assert.Equal(("2", "0.50", "10", "yes"), (Kpi(html, "vacancyMonths", 2), Kpi(html, "movesGini", 2), Kpi(html, "preferenceMet", 2), Kpi(html, "holds", 2)));
        // The best score stands out.
        Assert.Contains("<td class=\"best\" data-plan=\"3\" data-kpi=\"objective\">", html);
    }

    [Fact]
    public void The_reasons_are_grouped_by_term_with_their_subtotals()
    {
        var html = Html(Compare(Stay, C1Leaves, C2Joins));

        var terms = Regex.Matches(html, "<div class=\"term\" data-term=\"(\\w+)\" data-plan=\"(\\d)\">\n<h3>[^<]*<span class=\"subtotal\" data-subtotal=\"[^\"]*\">([^<]*)</span></h3>(.*?)</div>",
                RegexOptions.Singleline)
            .Select(m => (Plan: m.Groups[2].Value, Term: m.Groups[1].Value, Subtotal: m.Groups[3].Value, Reasons: Regex.Count(m.Groups[4].Value, "<li data-reason")));
        Assert.Equal(
        [
            ("2", "vacancy", "+200", 2), ("2", "crossOffice", "−40", 1), ("2", "moves", "+10", 1), ("2", "preference", "−10", 1),
            ("3", "crossOffice", "−40", 1), ("3", "moves", "+10", 1),
        ], terms);
        Assert.Contains("<h2>Why plan 2 scores 160 more than plan 1</h2>", html);
        Assert.Contains("<li data-reason data-delta=\"10\" data-cadre=\"c1\" data-month=\"2027-02\"><span class=\"delta\">+10</span> " +
                        "Li Wei (c1) moves into q in 2027-02; the reference has no such move.</li>", html);
    }

    [Fact]
    public void The_charts_have_a_bar_per_plan_in_each_group()
    {
        var html = Html(Compare(Stay, C1Leaves, C2Joins));

        string[] Values(string chart, string group) =>
        [
            .. Regex.Matches(Regex.Match(html, $"<svg data-chart=\"{chart}\".*?</svg>", RegexOptions.Singleline).Value,
                $"data-group=\"{group}\" data-value=\"(\\d+)\"").Select(m => m.Groups[1].Value),
        ];
        Assert.Equal(["0", "1", "0"], Values("movesPerOffice", "a:out"));
        Assert.Equal(["0", "0", "1"], Values("movesPerOffice", "a:in"));
        Assert.Equal(["0", "1", "1"], Values("movesPerMonth", "2027-02"));
        Assert.Equal(["0", "0", "0"], Values("movesPerMonth", "2027-03"));
        Assert.Equal(["plan 1", "plan 2", "plan 3"], Regex.Matches(html, "<p class=\"legend\">(.*?)</p>").First().Groups[1].Value
            .Split("</span>").Select(s => Regex.Replace(s, "<[^>]+>", "")).Where(s => s.Length > 0));
    }

    [Fact]
    public void The_page_is_self_contained_and_prints_on_A4_landscape()
    {
        var html = Html(Compare(Stay, C1Leaves));

        Assert.DoesNotMatch("<script|<link|src=|@import|url\\(|https?://", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("Noto Sans CJK SC", html);
        Assert.Matches("@media print \\{\\s*@page \\{ size: A4 landscape;", html);
    }
}
