namespace Rotation.Benchmarks.HotPaths;

/// <summary>The bundled dataset, found from the benchmark's folder upwards.</summary>
internal static class Seed
{
    public static string Path { get; } = Find("datasets/pku-branch.json");

    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
