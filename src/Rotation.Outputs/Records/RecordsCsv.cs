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

    public static IEnumerable<IReadOnlyList<string>> Rows(PlanView view)
    {
        var moves = view.Moves.GroupBy(m => m.Cadre).ToDictionary(g => g.Key, g => g.Count());
        return view.Scenario.Cadres.Select(cadre =>
        {
            var posts = Enumerable.Range(0, view.Plan.Months.Length).Select(t => view.PostAt(cadre.Id, t)).OfType<string>().Distinct().ToArray();
            var offices = posts.Select(view.OfficeOf).Distinct().ToArray();
            var home = cadre.PastOffices.ToHashSet();
            // As the objective counts cross-office experience: the office one starts in (or joins) is not new either.
            if ((cadre.IsJoiner ? posts.FirstOrDefault() : cadre.Post) is { } start) home.Add(view.OfficeOf(start));
            var trainings = view.TrainingsOf(cadre.Id).OrderBy(t => t.First).ToArray();
            return (IReadOnlyList<string>)
            [
                cadre.Id,
                cadre.Name ?? "",
                List(offices.Select(view.OfficeName)),
                List(posts.Select(p => view.PostTitle(p) is { Length: > 0 } title ? $"{p} ({title})" : p)),
                moves.GetValueOrDefault(cadre.Id).ToString(CultureInfo.InvariantCulture),
                List(offices.Where(o => !home.Contains(o)).Select(view.OfficeName)),
                List(trainings.Select(t => t.Course.Grants).Where(c => !cadre.Competencies.Contains(c)).Distinct()),
                List(trainings.Select(t => $"{t.Course.Label} {t.First}–{t.Last}")),
                List(view.Plan.Checkpoints.Where(c => c.Cadre == cadre.Id).OrderBy(c => c.Date)
                    .Select(c => $"{Wording.Day(c.Date)} {c.Kind}")),
            ];
        });
    }

    private static string List(IEnumerable<string> items) => string.Join("; ", items);
}
