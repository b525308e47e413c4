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
            error.WriteLine($"{path}: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}; nothing was done");
        return result.Succeeded;
    }
}
