using System.Globalization;
using System.Text;

namespace Rotation.Experiments.Reports;

/// <summary>
/// summary.md: per figure, each variant's mean and 95 % interval, and against the baseline the mean paired difference,
/// its interval and the p-values of the paired t-test and the Wilcoxon signed-rank test.
/// </summary>
public static class SummaryMarkdown
{
    public const string File = "summary.md";

    public static string Write(ExperimentSummary summary, IReadOnlyList<string>? kpis = null)
    {
        var text = new StringBuilder();
        text.AppendLine("# Experiment summary");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture,
            $"{summary.CellsWithPlan} of {summary.Cells} cells have a plan. Baseline: `{summary.Baseline}`. Intervals are 95 % (Student's t); ");
        text.AppendLine("differences are variant − baseline over the replications where both have a plan; p is the paired t-test's, " +
            "Wilcoxon p the signed-rank test's (normal approximation with tie and continuity corrections).");
        foreach (var kpi in ExperimentKpis.All.Where(k => kpis is null || kpis.Contains(k.Key)))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## `{kpi.Key}`: {kpi.Label}");
            text.AppendLine();
            text.AppendLine("| variant | n | mean | 95 % CI | diff vs baseline | 95 % CI of diff | p (t) | p (Wilcoxon) |");
            text.AppendLine("|---|---:|---:|---|---:|---|---:|---:|");
            foreach (var variant in summary.Variants)
            {
                var e = summary.ByVariant[variant][kpi.Key];
                var row = $"| {variant} | {e.N} | {Num(e.Mean)} | {Interval(e.CiLow, e.CiHigh)} |";
                row += summary.Paired.TryGetValue(variant, out var paired) && paired[kpi.Key] is var d
                    ? $" {Signed(d.MeanDiff)} | {Interval(d.CiLow, d.CiHigh)} | {P(d.P)} | {P(d.Wilcoxon.P)} |"
                    : " (baseline) | | | |";
                text.AppendLine(row);
            }
        }
        return text.ToString();
    }

    private static string Num(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value) => double.IsFinite(value) ? value.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "–";

    private static string Interval(double? low, double? high) => low is null || high is null ? "–" : $"{Num(low)} … {Num(high)}";

    private static string P(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< 0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
