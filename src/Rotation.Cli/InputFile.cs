using Rotation.Domain.Loading;

namespace Rotation.Cli;

/// <summary>Reads an input file for a command, turning every way it can fail into a message for the person running it.</summary>
internal static class InputFile
{
    public static byte[]? Read(string path, TextWriter error)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error.WriteLine($"{path}: no such file; check the path (relative paths start from {Environment.CurrentDirectory})");
                return null;
            }
            if (info.Length > Limits.MaxFileBytes)
            {
                error.WriteLine($"{path}: the file is {info.Length / (1024 * 1024)} MiB; files above {Limits.MaxFileBytes / (1024 * 1024)} MiB are refused");
                return null;
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read ({ex.Message})");
            return null;
        }
    }

    /// <summary>Prints a load's problems ("file: $.path: message") and warnings; true when the value can be used.</summary>
    public static bool Report<T>(string path, LoadResult<T> result, TextWriter error) where T : class
    {
        foreach (var warning in result.Warnings) error.WriteLine($"{path}: warning: {warning}");
        foreach (var problem in result.Problems) error.WriteLine($"{path}: {problem}");
        if (!result.Succeeded)
            error.WriteLine($"{path}: {Words.Count(result.Problems.Count, "problem")}; nothing was done");
        return result.Succeeded;
    }

    /// <summary>
    /// Why a plan file cannot be <paramref name="used"/> ("compared", "re-planned") with the scenario's other plans: it
    /// has no rows, or its months are not the scenario's; null when it can.
    /// </summary>
    public static string? Unfit(Domain.Plans.Plan plan, string path, IReadOnlyList<string> months, string scenarioPath, string used) =>
        !plan.HasAssignments ? $"{path}: status {plan.Status}, no assignments; only plans with rows can be {used}"
        : !plan.Months.SequenceEqual(months) ? $"{path}: its months ({plan.Months[0]}..{plan.Months[^1]}) are not the scenario's " +
                                                $"{months[0]}..{months[^1]}; give plans made for {scenarioPath}"
        : null;
}
