using System.Globalization;
using Rotation.Outputs.Files;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Records;

/// <summary>
/// records.csv: each cadre's rotation record over the horizon, one line per cadre in scenario order: the offices and
/// posts served (in the order first held), how many moves, the offices new to them, the competencies gained and the
/// courses taken, and the dates of their checkpoints (onboarding, review, exit).
/// </summary>
public static class RecordsCsv
{
    public const string File = "records.csv";

    public static readonly IReadOnlyList<string> Header =
        ["cadre", "name", "offices", "posts", "moves", "newOffices", "competenciesGained", "courses", "checkpoints"];

    public static byte[] ToUtf8(PlanView view) => Csv.ToUtf8(Header, Rows(view));

    public static IEnumerable<IReadOnlyList<string>> Rows(PlanView view) =>
        CadreRecord.Of(view).Select(r => (IReadOnlyList<string>)
        [
            r.Cadre.Id,
            r.Cadre.Name ?? "",
            List(r.Offices.Select(view.OfficeName)),
            List(r.Posts.Select(p => view.PostTitle(p) is { Length: > 0 } title ? $"{p} ({title})" : p)),
            r.Moves.ToString(CultureInfo.InvariantCulture),
            List(r.NewOffices.Select(view.OfficeName)),
            List(r.CompetenciesGained),
            List(r.Courses.Select(c => $"{c.Course.Label} {c.First}–{c.Last}")),
            List(r.Checkpoints.Select(c => $"{Wording.Day(c.Date)} {c.Kind}")),
        ]);

    private static string List(IEnumerable<string> items) => string.Join("; ", items);
}
