using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Exchange;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Records;
using Rotation.Outputs.Report;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Files;

/// <summary>
/// Every file a solve leaves in its output folder, written in one place so the CLI and the service write the same set.
/// Each file is written atomically; plan.json goes last, so a folder with a plan.json has its other files too. Files of
/// the set that this plan does not have (an earlier solve's schedule beside an Unknown plan) are removed first, so the
/// folder never mixes two solves.
/// </summary>
public static class OutputSet
{
    public const string PlanFile = "plan.json";

    // A plan without assignments (Infeasible, Unknown) has nothing to hand over, review or schedule: it gets only the
    // report, which says why, and plan.json.
    private static readonly (string File, Func<PlanView, DateTimeOffset, byte[]> Write)[] WithAssignments =
    [
        (HandoverCsv.File, (v, _) => HandoverCsv.ToUtf8(v)),
        (HandoverMarkdown.File, (v, _) => HandoverMarkdown.ToUtf8(v)),
        (CheckpointCsv.File, (v, _) => CheckpointCsv.ToUtf8(v)),
        (CheckpointCalendar.File, CheckpointCalendar.ToUtf8),
        (ScheduleCsv.File, (v, _) => ScheduleCsv.ToUtf8(v)),
        (ScheduleWorkbook.File, ScheduleWorkbook.ToBytes),
        (ExchangeCsv.File, (v, _) => ExchangeCsv.ToUtf8(v)),
        (RecordsCsv.File, (v, _) => RecordsCsv.ToUtf8(v)),
    ];

    /// <summary>The names of the files <see cref="Write"/> may leave in the folder; hosts serve these names and no others.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. WithAssignments.Select(w => w.File), HtmlReport.File, PlanFile];

    /// <summary>
    /// Writes the outputs of <paramref name="plan"/> into <paramref name="directory"/> and returns their paths, plan.json last.
    /// <paramref name="clock"/> dates the files that record when they were made (the calendar's DTSTAMP, the workbook's properties,
    /// the day the report says the plan was checked); <paramref name="source"/> is the scenario's file name for the report, if any,
    /// and <paramref name="wording"/> the report's language (English by default; the other files are always English).
    /// </summary>
    public static IReadOnlyList<string> Write(Scenario scenario, Plan plan, string directory, TimeProvider clock, string? source = null,
        ReportWording? wording = null)
    {
        var view = new PlanView(scenario, plan);
        var now = clock.GetUtcNow();
        var written = new List<string>();
        void Put(string file, byte[] content)
        {
            var path = Path.Combine(directory, file);
            AtomicFile.Write(path, content);
            written.Add(path);
        }
        if (plan.HasAssignments)
            foreach (var (file, write) in WithAssignments) Put(file, write(view, now));
        else
            Remove(directory, WithAssignments.Select(w => w.File));
        Put(HtmlReport.File, HtmlReport.ToUtf8(view, now, source, wording));
        Put(PlanFile, PlanWriter.ToUtf8(plan));
        return written;
    }

    /// <summary>Deletes those of <paramref name="files"/> that are in <paramref name="directory"/>, if it exists; others in it stay.</summary>
    public static void Remove(string directory, IEnumerable<string> files)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var file in files) File.Delete(Path.Combine(directory, file));
    }
}
