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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
