using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Outputs.Files;

/// <summary>
/// Every file a solve leaves in its output folder, written in one place so the CLI and the service write the same set.
/// Each file is written atomically; plan.json goes last, so a folder with a plan.json has its other files too.
/// </summary>
public static class OutputSet
{
    public const string PlanFile = "plan.json";

    /// <summary>The names of the files <see cref="Write"/> leaves in the folder; hosts serve these names and no others.</summary>
    public static IReadOnlyList<string> Files { get; } = [PlanFile];

    /// <summary>Writes the outputs of <paramref name="plan"/> into <paramref name="directory"/> and returns their paths, plan.json last.</summary>
    public static IReadOnlyList<string> Write(Scenario scenario, Plan plan, string directory)
    {
        var written = new List<string>();
        var planPath = Path.Combine(directory, PlanFile);
        AtomicFile.Write(planPath, PlanWriter.ToUtf8(plan));
        written.Add(planPath);
        return written;
    }
}
