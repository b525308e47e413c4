using static Rotation.Comparison.Tests.Support.Small;

namespace Rotation.Comparison.Tests;

public sealed class CompareFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-compare-files-").FullName;

    [Fact]
    public void The_json_the_markdown_and_the_page_are_written_and_nothing_else()
    {
        var written = CompareFiles.Write(Compare(Stay, C1Leaves), _dir);

        Assert.Equal(["compare.json", "compare.md", "compare.html"], written);
        Assert.Equal(CompareFiles.Names, written);
        Assert.Equal(written.Order(), Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        Assert.All(written, f => Assert.True(new FileInfo(Path.Combine(_dir, f)).Length > 0));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
