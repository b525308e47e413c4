using System.Text;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Handovers;

/// <summary>handovers.md: the handover plan to print or paste into a wiki, one section per month, one per office within.</summary>
public static class HandoverMarkdown
{
    public const string File = "handovers.md";

    public static byte[] ToUtf8(PlanView view)
    {
        var md = new StringBuilder();
        md.Append($"# Handover plan — {Cell(view.Plan.Scenario)}\n\n");
        var lines = HandoverSheet.Lines(view);
        if (lines.IsEmpty) md.Append("No post changes hands in this plan.\n");
        else md.Append($"{lines.Length} handovers. Each window is the {view.Scenario.Policy.HandoverDays} working days before the month " +
                  "the new holder starts (holidays skipped, make-up workdays counted).\n");
        foreach (var month in lines.GroupBy(l => l.Row.Month))
        {
            var first = month.First().Row;
            md.Append($"\n## {month.Key} (window {Wording.Day(first.WindowStart)} – {Wording.Day(first.WindowEnd)})\n");
            foreach (var office in month.GroupBy(l => l.Office))
            {
                md.Append($"\n### {Cell(view.OfficeName(office.Key))}\n\n");
                md.Append("| post | from | to | items | training the incoming holder finishes first |\n|---|---|---|---|---|\n");
                foreach (var line in office)
                {
                    var h = line.Row;
                    md.Append($"| {Cell(PostLabel(view, h.Post))} | {Cell(Person(view, h.From))} | {Cell(Person(view, h.To))} | ")
                      .Append($"{Cell(string.Join(", ", h.Items))} | {Cell(Wording.Training(line))} |\n");
                }
                var revokes = office.Select(l => Wording.Revoke(view, l)).Where(s => s.Length > 0).ToArray();
                if (revokes.Length > 0) md.Append('\n');
                foreach (var revoke in revokes) md.Append($"- **Revoke and transfer** — {revoke}.\n");
            }
            var chains = month.Where(l => !l.Chain.IsEmpty).Select(Wording.Chain).Distinct().ToArray();
            if (chains.Length == 0) continue;
            md.Append("\n**Chains** (each person in the middle receives one post and hands over their old one in the same window):\n\n");
            foreach (var chain in chains) md.Append($"- {chain}\n");
        }
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static string PostLabel(PlanView view, string post) =>
        view.PostTitle(post) is { Length: > 0 } title ? $"{title} ({post})" : post;

    private static string Person(PlanView view, string? cadre) => cadre is null ? "— (vacant)" : view.CadreLabel(cadre);

    // A pipe or newline would break the table row.
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
