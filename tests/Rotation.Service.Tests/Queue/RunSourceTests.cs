using Rotation.Service.Queue;

namespace Rotation.Service.Tests.Queue;

public class RunSourceTests
{
    [Theory]
    [InlineData("tiny.json", "api/tiny.json")]
    [InlineData(@"C:\Users\ann\tiny.json", "api/tiny.json")]
    [InlineData("../../etc/tiny.json", "api/tiny.json")]
    [InlineData("", "api")]
    [InlineData("uploads/", "api")]
    [InlineData(null, "api")]
    public void An_upload_keeps_only_the_last_part_of_its_file_name(string? sent, string source) =>
        Assert.Equal(source, RunSource.Upload(sent));

    [Theory]
    [InlineData("inbox/方案.json", "方案.json")]
    [InlineData("api/tiny.json", "tiny.json")]
    [InlineData("api", null)]
    public void The_file_name_is_what_follows_the_origin(string source, string? fileName) =>
        Assert.Equal(fileName, RunSource.FileName(source));
}
