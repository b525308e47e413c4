using Rotation.Outputs.Files;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Schedule;

/// <summary>schedule.csv: the cadre × month grid, each cell the post held (empty when the cadre is not present).</summary>
public static class ScheduleCsv
{
    public const string File = "schedule.csv";

    public static byte[] ToUtf8(PlanView view) =>
        Csv.ToUtf8(["cadre", "name", .. view.Plan.Months],
            view.Plan.Assignments.Select(a => (IReadOnlyList<string>)[a.Cadre, view.CadreName(a.Cadre), .. a.Posts.Select(p => p ?? "")]));
}
