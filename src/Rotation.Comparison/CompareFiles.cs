using Rotation.Outputs.Files;

namespace Rotation.Comparison;

/// <summary>Writes a comparison's files into a folder, each atomically: compare.json for programs, compare.md and compare.html for people.</summary>
public static class CompareFiles
{
    /// <summary>The names of the files <see cref="Write"/> writes.</summary>
    public static IReadOnlyList<string> Names { get; } = [CompareJson.File, CompareMarkdown.File, CompareHtml.File];

    public static IReadOnlyList<string> Write(PlanComparison comparison, string directory)
    {
        (string Name, byte[] Content)[] files =
        [
            (CompareJson.File, CompareJson.ToUtf8(comparison)),
            (CompareMarkdown.File, CompareMarkdown.ToUtf8(comparison)),
            (CompareHtml.File, CompareHtml.ToUtf8(comparison)),
        ];
        foreach (var (name, content) in files) AtomicFile.Write(Path.Combine(directory, name), content);
        return [.. files.Select(f => f.Name)];
    }
}
