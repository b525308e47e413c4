using Rotation.Outputs.Files;

namespace Rotation.Outputs.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-atomic-").FullName;

    [Fact]
    public void Writing_replaces_the_content_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_dir, "plan.json");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, "new"u8);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["plan.json"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Writing_creates_missing_folders()
    {
        var path = Path.Combine(_dir, "out", "nested", "plan.json");

        AtomicFile.Write(path, "{}"u8);

        Assert.Equal("{}", File.ReadAllText(path));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
