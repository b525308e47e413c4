using System.Net;
using System.Text.RegularExpressions;
using Rotation.Comparison.Tests.Support;
using Rotation.Outputs.Report;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Comparison.Tests;

/// <summary>compare.html of the bundled plan against a changed copy, as headless Chromium renders and prints it.</summary>
public sealed class CompareHtmlInChromiumTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-compare-html-").FullName;

    private string Written()
    {
        Browser.Required();
        CompareFiles.Write(Bundled.Comparison, _dir);
        return Path.Combine(_dir, CompareHtml.File);
    }

    private static string Dom(string html)
    {
        var run = Chromium.DumpDom(html);
        Assert.True(run.Succeeded, run.Problem);
        return run.Output;
    }

    [Fact]
    public void The_rendered_page_marks_the_cells_that_differ_and_only_those()
    {
        var dom = Dom(Written());

        var differences = Bundled.Comparison.Differences;
        Assert.Equal(["2029-10", "2029-11", "2029-12"], differences.Select(d => d.Month));
        Assert.All(differences, d => Assert.Equal(("c03", "cyber-secops-1", "legal-edu"), (d.Cadre, d.Posts[0], d.Posts[1])));
        // c03 has a row per plan, each with the three months marked; everyone else one row and no mark.
        var rows = Regex.Matches(dom, "<tr data-cadre=\"([^\"]*)\"([^>]*)>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => (Cadre: m.Groups[1].Value, Plan: Regex.Match(m.Groups[2].Value, "data-plan=\"(\\d)\"").Groups[1].Value,
                Marked: Regex.Matches(m.Groups[3].Value, "data-month=\"([^\"]*)\" data-post=\"([^\"]*)\" data-differs=\"\"")
                    .Select(c => $"{c.Groups[1].Value} {c.Groups[2].Value}").ToArray()))
            .ToArray();
        Assert.Equal(Seed.Scenario.Cadres.Length + 1, rows.Length);
        Assert.Equal(
        [
            ("c03", "1", "2029-10 cyber-secops-1|2029-11 cyber-secops-1|2029-12 cyber-secops-1"),
            ("c03", "2", "2029-10 legal-edu|2029-11 legal-edu|2029-12 legal-edu"),
        ], rows.Where(r => r.Marked.Length > 0).Select(r => (r.Cadre, r.Plan, string.Join('|', r.Marked))));
        Assert.Equal(6, Regex.Count(dom, "data-differs=\"\""));
    }

    [Fact]
    public void The_rendered_page_shows_each_terms_subtotal_and_the_score_difference()
    {
        var dom = Dom(Written());

        var expected = Bundled.Comparison.WhyByTerm(2);
        Assert.NotEmpty(expected);
        var shown = Regex.Matches(dom, "<div class=\"term\" data-term=\"(\\w+)\" data-plan=\"2\">\\s*<h3>[^<]*<span class=\"subtotal\" data-subtotal=\"(-?\\d+)\">([^<]*)</span>")
            .Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value), m.Groups[3].Value));
        Assert.Equal(expected.Select(t => (t.Term, t.Subtotal, CompareWording.Signed(t.Subtotal))), shown);
        var difference = Bundled.Comparison.Plans[1].Objective - Bundled.Comparison.Plans[0].Objective;
        Assert.Equal(difference, expected.Sum(t => t.Subtotal));
        Assert.Equal(CompareWording.Signed(difference),
            WebUtility.HtmlDecode(Regex.Match(dom, "data-plan=\"2\" data-kpi=\"difference\">([^<]*)<").Groups[1].Value));
        Assert.Equal(Bundled.Comparison.Why.Length, Regex.Count(dom, "<li data-reason=\"\""));
    }

    [Fact]
    public void The_page_prints()
    {
        var html = Written();

        Assert.InRange(Browser.PrintedPages(html), 2, 20);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
