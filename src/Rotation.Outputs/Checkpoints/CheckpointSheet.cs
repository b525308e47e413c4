using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Rotation.Domain.Plans;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Checkpoints;

/// <summary>The plan's checkpoint rows in plan order (by date), each with what is assessed and a stable UID.</summary>
public static class CheckpointSheet
{
    public static ImmutableArray<CheckpointLine> Lines(PlanView view) =>
        [.. view.Plan.Checkpoints.Select(c => new CheckpointLine(c, view.OfficeOf(c.Post), Assesses(view, c), Uid(view.Plan.Scenario, c)))];

    /// <summary>
    /// The same checkpoint gets the same UID in every re-plan, so a calendar that imports the new file updates the event
    /// instead of adding a second one. A hash keeps the UID short and free of the scenario name's spaces and Chinese.
    /// </summary>
    public static string Uid(string scenario, Checkpoint c)
    {
        var key = string.Join("\u001f", scenario, c.Cadre, c.Post, c.Kind, c.Month);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}@rotation";
    }

    private static string Assesses(PlanView view, Checkpoint c)
    {
        var post = view.Post(c.Post);
        var items = post.HandoverItems.IsEmpty ? "the post's files" : string.Join(", ", post.HandoverItems);
        return c.Kind switch
        {
            CheckpointKind.Onboarding =>
                $"settling in: handover received complete ({items}); access granted; " +
                (post.Requires.IsEmpty ? "working routine in place" : $"competencies in use: {string.Join(", ", post.Requires)}"),
            CheckpointKind.Review =>
                $"performance after {MonthsInPost(view, c)} months in the post: goals met, competencies, conduct; incentive decision",
            _ => $"exit: handover of {items} complete and access revoked; performance over the stint; notes for the successor",
        };
    }

    // Months since the stint began: the checkpoint month counts back to the first month of the unbroken run in the post.
    private static int MonthsInPost(PlanView view, Checkpoint c)
    {
        var t = view.MonthIndex(c.Month);
        var start = t;
        while (start > 0 && view.PostAt(c.Cadre, start - 1) == c.Post) start--;
        return t - start;
    }
}
