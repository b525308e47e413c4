using Rotation.Experiments.Charts;
using Rotation.Experiments.Reports;
using SkiaSharp;

namespace Rotation.Experiments.Tests.Charts;

public class ExperimentChartsTests
{
    private static readonly ExperimentSummary Empty = ExperimentSummary.Of(["today", "cycle-30"], "today", []);

    [Fact]
    public void A_chart_draws_its_title_in_the_installed_font()
    {
        Assert.True(ChartFonts.Ensure(), "no DejaVu Sans font file: install fonts-dejavu-core (.ci/run does)");
        var titled = ExperimentCharts.ByVariant(Empty, ExperimentKpis.Get("moves"));
        var blank = ExperimentCharts.ByVariant(Empty, ExperimentKpis.Get("moves"));
        blank.Title(new string(' ', 20));

        // A blank title keeps the layout, so the band above the data area differs only by the title's letters.
        var letters = DarkPixelsInTitleBand(ExperimentCharts.Png(titled)) - DarkPixelsInTitleBand(ExperimentCharts.Png(blank));
        Assert.True(letters > 200, $"{letters} dark pixels of title text");
    }

    [Fact]
    public void The_variant_names_are_drawn_under_the_bars()
    {
        ChartFonts.Ensure();
        var named = ExperimentCharts.ByVariant(Empty, ExperimentKpis.Get("moves"));
        var unnamed = ExperimentCharts.ByVariant(Empty, ExperimentKpis.Get("moves"));
        unnamed.Axes.Bottom.SetTicks([0, 1], ["", ""]);

        Assert.True(DarkPixels(ExperimentCharts.Png(named), ExperimentCharts.Height - 40, ExperimentCharts.Height)
                    > DarkPixels(ExperimentCharts.Png(unnamed), ExperimentCharts.Height - 40, ExperimentCharts.Height) + 50);
    }

    private static int DarkPixelsInTitleBand(byte[] png) => DarkPixels(png, 0, 30);

    private static int DarkPixels(byte[] png, int fromRow, int toRow)
    {
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = fromRow; y < toRow; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 300) dark++;
            }
        return dark;
    }
}
