using System.Text;

namespace Rotation.Outputs.Tests.Support;

/// <summary>
/// Compares an output with its golden file under tests/Rotation.Outputs.Tests. Set ROTATION_UPDATE_GOLDEN=1 to rewrite
/// the golden files after a deliberate change, then review the diff before committing it.
/// </summary>
internal static class Golden
{
    public static void Matches(string relative, byte[] actual)
    {
        var path = Repo.PathTo(Path.Combine("tests", "Rotation.Outputs.Tests", relative));
        if (Environment.GetEnvironmentVariable("ROTATION_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests once with ROTATION_UPDATE_GOLDEN=1");
        // As text, so a failure shows the differing lines; the BOM and the line ends are characters too, so they count.
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(path)), Encoding.UTF8.GetString(actual));
    }
}
