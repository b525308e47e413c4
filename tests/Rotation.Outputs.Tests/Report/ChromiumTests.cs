using System.Text;
using System.Text.RegularExpressions;
using Rotation.Outputs.Files;
using Rotation.Outputs.Report;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Report;

public sealed class ChromiumTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-shot-").FullName;

    [Fact]
    public void A_screenshot_of_the_seed_report_is_a_png_of_the_page_size()
    {
        Browser.Required();
        OutputSet.Write(Seed.Scenario, Seed.Plan, _dir, new FixedClock(Seed.Made));

        var run = ReportScreenshot.Take(Seed.Scenario, Seed.Plan, _dir);

        Assert.True(run.Succeeded, run.Problem);
        var png = File.ReadAllBytes(Path.Combine(_dir, ReportScreenshot.File));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // The IHDR chunk holds the width and height, big-endian, at bytes 16..23.
        var (width, height) = HtmlReport.PageSize(Seed.View);
        Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp") || Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void The_chinese_report_reads_back_in_chinese_with_a_record_block_per_cadre()
    {
        Browser.Required();
        OutputSet.Write(Seed.Scenario, Seed.Plan, _dir, new FixedClock(Seed.Made), "pku-branch.json", ReportWording.Chinese);

        var run = Chromium.DumpDom(Path.Combine(_dir, HtmlReport.File));

        Assert.True(run.Succeeded, run.Problem);
        Assert.Equal(["每月轮岗人次", "逐月轮岗明细", "部门间人员互通", "任职时间线", "培训安排", "各部门每月任职人数", "目标函数构成", "轮岗档案"],
            Regex.Matches(run.Output, "<h2>([^<]*)</h2>").Select(m => m.Groups[1].Value));
        Assert.Equal(Seed.Scenario.Cadres.Select(c => c.Id),
            Regex.Matches(run.Output, "<div class=\"record\" data-record=\"([^\"]*)\">").Select(m => m.Groups[1].Value));
        Assert.Contains("<h3>张伟 (c01)</h3>", run.Output);
    }

    [Fact]
    public void Printed_each_cadres_record_takes_one_page_of_its_own()
    {
        var html = Encoding.UTF8.GetString(HtmlReport.ToUtf8(Seed.View, Seed.Made, "pku-branch.json", ReportWording.Chinese));
        var full = Path.Combine(_dir, "full.html");
        var withoutRecords = Path.Combine(_dir, "without-records.html");
        File.WriteAllText(full, html);
        File.WriteAllText(withoutRecords, Regex.Replace(html, "<section class=\"records\">.*?</section>\n", "", RegexOptions.Singleline));

        // The sections before the records print as they did without them; the records add exactly a page each.
        Assert.Equal(Browser.PrintedPages(withoutRecords) + Seed.Scenario.Cadres.Length, Browser.PrintedPages(full));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
