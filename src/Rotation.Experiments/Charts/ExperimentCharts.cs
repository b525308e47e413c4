using Rotation.Experiments.Cells;
using Rotation.Experiments.Reports;
using Rotation.Outputs.Files;
using ScottPlot;

namespace Rotation.Experiments.Charts;

/// <summary>
/// The PNG charts of an experiment, in DIR/charts/: for each figure its mean by variant with the 95 % interval
/// (kpi-KEY.png) and the paired difference of each variant against the baseline with its interval (paired-KEY.png),
/// and a trade-off scatter of moves against new cross-office experiences, one point per cell with a plan.
/// </summary>
public static class ExperimentCharts
{
    public const string Folder = "charts";
    public const string TradeOff = "tradeoff-moves-crossOffice.png";
    public const int Width = 800;
    public const int Height = 500;

    /// <summary>A figure's chart of means by variant.</summary>
    public static string ByVariantFile(ExperimentKpi kpi) => $"kpi-{kpi.Key}.png";

    /// <summary>A figure's chart of paired differences to the baseline.</summary>
    public static string PairedFile(ExperimentKpi kpi) => $"paired-{kpi.Key}.png";

    /// <summary>Every chart an experiment may have, by file name in <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. ExperimentKpis.All.SelectMany(k => new[] { ByVariantFile(k), PairedFile(k) }), TradeOff];

    public static IReadOnlyList<string> Write(ExperimentSummary summary, IReadOnlyList<CellResult> results, string outDir)
    {
        ChartFonts.Ensure();
        var dir = Path.Combine(outDir, Folder);
        var written = new List<string>();
        foreach (var kpi in ExperimentKpis.All)
        {
            written.Add(Save(ByVariant(summary, kpi), Path.Combine(dir, ByVariantFile(kpi))));
            if (summary.Paired.Count > 0) written.Add(Save(Paired(summary, kpi), Path.Combine(dir, PairedFile(kpi))));
        }
        written.Add(Save(Scatter(summary, results, ExperimentKpis.Get("moves"), ExperimentKpis.Get("crossOffice")), Path.Combine(dir, TradeOff)));
        return written;
    }

    public static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The mean of <paramref name="kpi"/> in each variant, with its 95 % interval as the error bar.</summary>
    public static Plot ByVariant(ExperimentSummary summary, ExperimentKpi kpi)
    {
        var estimates = summary.Variants.Select(v => summary.ByVariant[v][kpi.Key]).ToArray();
        return Bars($"{kpi.Label}: mean by variant, 95 % interval", kpi.Key, summary.Variants,
            [.. estimates.Select(e => e.Mean)], [.. estimates.Select(e => e.CiHigh is { } high ? high - e.Mean : 0)]);
    }

    /// <summary>The mean paired difference (variant − baseline) of <paramref name="kpi"/>, with its 95 % interval.</summary>
    public static Plot Paired(ExperimentSummary summary, ExperimentKpi kpi)
    {
        var variants = summary.Variants.Where(summary.Paired.ContainsKey).ToArray();
        var differences = variants.Select(v => summary.Paired[v][kpi.Key]).ToArray();
        var plot = Bars($"{kpi.Label}: difference to {summary.Baseline}, 95 % interval", $"{kpi.Key} (variant − {summary.Baseline})", variants,
            [.. differences.Select(d => d.MeanDiff)], [.. differences.Select(d => d.CiHigh is { } high ? high - d.MeanDiff : 0)]);
        plot.Add.HorizontalLine(0, color: Colors.Black);
        return plot;
    }

    public static Plot Scatter(ExperimentSummary summary, IReadOnlyList<CellResult> results, ExperimentKpi x, ExperimentKpi y)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < summary.Variants.Length; i++)
        {
            var cells = results.Where(r => r.HasPlan && r.Variant == summary.Variants[i]).ToArray();
            if (cells.Length == 0) continue;
            var points = plot.Add.ScatterPoints(cells.Select(c => x.Value(c.Measured!)).ToArray(), cells.Select(c => y.Value(c.Measured!)).ToArray(),
                palette.GetColor(i));
            points.MarkerSize = 9;
            points.LegendText = summary.Variants[i];
        }
        plot.Title($"Trade-off: {x.Label} against {y.Label}, one point per cell");
        plot.XLabel(x.Key);
        plot.YLabel(y.Key);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot Bars(string title, string yLabel, IReadOnlyList<string> names, double[] values, double[] errors)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = values.Select((v, i) => new Bar
        {
            Position = i,
            Value = double.IsFinite(v) ? v : 0,
            Error = double.IsFinite(errors[i]) ? errors[i] : 0,
            FillColor = palette.GetColor(i),
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. names.Select((_, i) => (double)i)], [.. names]);
        plot.Title(title);
        plot.YLabel(yLabel);
        return plot;
    }

    private static string Save(Plot plot, string path)
    {
        AtomicFile.Write(path, Png(plot));
        return path;
    }
}
