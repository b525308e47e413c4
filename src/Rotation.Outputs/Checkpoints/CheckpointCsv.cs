using Rotation.Outputs.Files;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Checkpoints;

/// <summary>checkpoints.csv: one line per review checkpoint of the plan, by date.</summary>
public static class CheckpointCsv
{
    public const string File = "checkpoints.csv";

    public static readonly IReadOnlyList<string> Header =
        ["date", "month", "kind", "cadre", "name", "office", "post", "postTitle", "reviewer", "assesses", "uid"];

    public static byte[] ToUtf8(PlanView view) => Csv.ToUtf8(Header, Rows(view));

    /// <summary>The fields of each line under <see cref="Header"/>; the workbook's Checkpoints sheet shows the same.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(PlanView view) => CheckpointSheet.Lines(view).Select(line =>
    {
        var c = line.Row;
        return (IReadOnlyList<string>)
        [
            Wording.Day(c.Date), c.Month, c.Kind, c.Cadre, view.CadreName(c.Cadre), line.Office, c.Post, view.PostTitle(c.Post),
            c.Reviewer ?? "", line.Assesses, line.Uid,
        ];
    });
}
