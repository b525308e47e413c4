using System.Text.Json;
using Rotation.Domain.Plans;

namespace Rotation.Experiments.Reports;

/// <summary>
/// summary.json (SPEC §9): <c>variants.V.KPI</c> = { n, mean, sd, ciLow, ciHigh } and <c>paired.V.KPI</c> = { n, meanDiff,
/// ciLow, ciHigh, p }, plus the extra keys t, wilcoxonN, wilcoxonV and wilcoxonP; null where a value is not defined.
/// </summary>
public static class SummaryJson
{
    public const string File = "summary.json";

    public static byte[] ToUtf8(ExperimentSummary summary)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options))
        {
            w.WriteStartObject();
            w.WriteString("baseline", summary.Baseline);
            w.WriteNumber("cells", summary.Cells);
            w.WriteNumber("cellsWithPlan", summary.CellsWithPlan);
            w.WriteStartObject("variants");
            foreach (var variant in summary.Variants)
            {
                w.WriteStartObject(variant);
                foreach (var kpi in ExperimentKpis.All)
                {
                    var e = summary.ByVariant[variant][kpi.Key];
                    w.WriteStartObject(kpi.Key);
                    w.WriteNumber("n", e.N);
                    Write(w, "mean", e.Mean);
                    Write(w, "sd", e.Sd);
                    Write(w, "ciLow", e.CiLow);
                    Write(w, "ciHigh", e.CiHigh);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("paired");
            foreach (var variant in summary.Variants.Where(summary.Paired.ContainsKey))
            {
                w.WriteStartObject(variant);
                foreach (var kpi in ExperimentKpis.All)
                {
                    var d = summary.Paired[variant][kpi.Key];
                    w.WriteStartObject(kpi.Key);
                    w.WriteNumber("n", d.N);
                    Write(w, "meanDiff", d.MeanDiff);
                    Write(w, "ciLow", d.CiLow);
                    Write(w, "ciHigh", d.CiHigh);
                    Write(w, "p", d.P);
                    Write(w, "t", d.T);
                    w.WriteNumber("wilcoxonN", d.Wilcoxon.N);
                    Write(w, "wilcoxonV", d.Wilcoxon.V);
                    Write(w, "wilcoxonP", d.Wilcoxon.P);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter w, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(key, Math.Round(v, 6));
        else w.WriteNull(key);
    }
}
