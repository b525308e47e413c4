using Rotation.Outputs.Report;

namespace Rotation.Outputs.Tests.Support;

/// <summary>Browser tests need Chromium: without it they fail with the install line (under CI=true too, never a silent skip).</summary>
internal static class Browser
{
    public static void Required() =>
        Assert.True(Chromium.Find() is not null,
            "these tests render report.html in headless Chromium: install it with `apt-get install -y chromium` (.ci/run does)");
}
