using System.Globalization;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Handovers;

/// <summary>The sentences the CSV and the Markdown plan share, so both say the same thing in the same words.</summary>
public static class Wording
{
    /// <summary>What the outgoing holder does with access-sensitive items; empty when there are none or nobody leaves.</summary>
    public static string Revoke(PlanView view, HandoverLine line)
    {
        if (line.Row.From is not { } from || line.AccessItems.IsEmpty) return "";
        var post = view.Post(line.Row.Post);
        var receiver = line.Row.To is { } to
            ? view.CadreLabel(to)
            : $"{post.Reviewer ?? view.OfficeName(post.Office)} until the post is filled";
        return $"{view.CadreLabel(from)}: revoke own access to {string.Join(", ", line.AccessItems)} by " +
               $"{Day(line.Row.WindowEnd)} and transfer it to {receiver}";
    }

    public static string Training(HandoverLine line) =>
        string.Join("; ", line.Training.Select(t => $"{t.Course} ({t.Competency}) {t.Start}–{t.Ends}, finished by the end of {t.Ends}"));

    /// <summary>"legal-edu: c20 → c02; cyber-secops-1: c02 → c03": each post and who passes it to whom, in chain order.</summary>
    public static string Chain(HandoverLine line) =>
        string.Join("; ", line.Chain.Select(r => $"{r.Post}: {r.From ?? "(vacant)"} → {r.To ?? "(vacant)"}"));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
