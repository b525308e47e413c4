using Rotation.Outputs.Files;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Handovers;

/// <summary>handovers.csv: one line per handover row of the plan, by month then office.</summary>
public static class HandoverCsv
{
    public const string File = "handovers.csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "month", "office", "post", "postTitle", "from", "fromName", "to", "toName", "windowStart", "windowEnd",
        "workingDays", "items", "accessItems", "revokeAndTransfer", "trainingBefore", "chain",
    ];

    public static byte[] ToUtf8(PlanView view) => Csv.ToUtf8(Header, Rows(view));

    /// <summary>The fields of each line under <see cref="Header"/>; the workbook's Handovers sheet shows the same.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(PlanView view) => HandoverSheet.Lines(view).Select(line =>
    {
        var h = line.Row;
        return (IReadOnlyList<string>)
        [
            h.Month, line.Office, h.Post, view.PostTitle(h.Post), h.From ?? "", view.CadreName(h.From), h.To ?? "",
            view.CadreName(h.To), Wording.Day(h.WindowStart), Wording.Day(h.WindowEnd), line.WorkingDays.ToString(),
            string.Join("; ", h.Items), string.Join("; ", line.AccessItems), Wording.Revoke(view, line),
            Wording.Training(line), Wording.Chain(line),
        ];
    });
}
