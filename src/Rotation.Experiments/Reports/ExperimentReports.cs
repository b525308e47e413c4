using System.Text;
using Rotation.Experiments.Cells;
using Rotation.Experiments.Charts;
using Rotation.Outputs.Files;

namespace Rotation.Experiments.Reports;

/// <summary>The files of a finished experiment, over its cells' rows: results.csv, summary.json, summary.md and the charts.</summary>
public static class ExperimentReports
{
    public static (ExperimentSummary Summary, IReadOnlyList<string> Written) Write(Experiment experiment, IReadOnlyList<CellResult> rows, string outDir)
    {
        var written = new List<string>();
        var offices = experiment.BaseScenario.Offices.Select(o => o.Id).ToArray();
        written.Add(Write(outDir, ResultsCsv.File, Encoding.UTF8.GetBytes(ResultsCsv.Write(rows, offices))));
        var summary = ExperimentSummary.Of([.. experiment.Variants.Select(v => v.Name)], experiment.Baseline, rows);
        written.Add(Write(outDir, SummaryJson.File, SummaryJson.ToUtf8(summary)));
        written.Add(Write(outDir, SummaryMarkdown.File, Encoding.UTF8.GetBytes(SummaryMarkdown.Write(summary))));
        written.AddRange(ExperimentCharts.Write(summary, rows, outDir));
        return (summary, written);
    }

    private static string Write(string outDir, string name, byte[] content)
    {
        var path = Path.Combine(outDir, name);
        AtomicFile.Write(path, content);
        return path;
    }
}
