using System.Globalization;
using System.Text;
using Rotation.Experiments.Cells;

namespace Rotation.Experiments.Reports;

/// <summary>
/// results.csv: one row per cell, in variant then replication order: variant, replication, status, the figures of
/// <see cref="ExperimentKpis"/>, moves out of and into each office, the workforce draw's size, seconds and the error.
/// Figures are empty for a cell without a plan.
/// </summary>
public static class ResultsCsv
{
    public const string File = "results.csv";

    public static string Write(IReadOnlyList<CellResult> rows, IReadOnlyList<string> offices)
    {
        var text = new StringBuilder();
        var header = new List<string> { "variant", "replication", "status" };
        header.AddRange(ExperimentKpis.All.Select(k => k.Key));
        header.AddRange(offices.SelectMany(o => new[] { $"movesOut.{o}", $"movesIn.{o}" }));
        header.AddRange(["leavers", "leaveSpells", "hires", "redraws", "reused", "seconds", "error"]);
        text.AppendLine(string.Join(',', header));
        foreach (var row in rows)
        {
            var cells = new List<string> { Quote(row.Variant), Number(row.Replication), row.Status };
            cells.AddRange(ExperimentKpis.All.Select(k => row.Measured is { } m ? Number(k.Value(m)) : ""));
            foreach (var office in offices)
            {
                var moves = row.Measured?.Kpis.MovesByOffice.FirstOrDefault(o => o.Office == office);
                cells.Add(moves is null ? "" : Number(moves.Out));
                cells.Add(moves is null ? "" : Number(moves.In));
            }
            cells.AddRange([Number(row.Draw.Leavers.Length), Number(row.Draw.Spells.Length), Number(row.Draw.Hires.Length), Number(row.Redraws),
                row.Reused ? "true" : "false", Number(Math.Round(row.Seconds, 2)), Quote(row.Error ?? "")]);
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
