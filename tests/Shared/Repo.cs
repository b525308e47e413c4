// Linked into each test project that reads files of the repository.
namespace Rotation.Tests;

internal static class Repo
{
    /// <summary>The repository root (where Rotation.sln is), found from the test binaries' folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathTo(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rotation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Rotation.sln not found above " + AppContext.BaseDirectory);
    }
}
