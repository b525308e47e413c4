using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Rotation.Outputs.Report;

namespace Rotation.Outputs.Tests.Support;

/// <summary>Browser tests need Chromium: without it they fail with the install line (under CI=true too, never a silent skip).</summary>
internal static class Browser
{
    public static void Required() =>
        Assert.True(Chromium.Find() is not null,
            "these tests render report.html in headless Chromium: install it with `apt-get install -y chromium` (.ci/run does)");

    /// <summary>How many pages the page prints on (A4 landscape, as its print stylesheet asks), printed to a PDF by Chromium.</summary>
    public static int PrintedPages(string html)
    {
        Required();
        var pdf = Path.ChangeExtension(html, ".pdf");
        var profile = Directory.CreateTempSubdirectory("rotation-print-").FullName;
        try
        {
            var start = new ProcessStartInfo(Chromium.Find()!) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile}", "--no-pdf-header-footer",
                         $"--print-to-pdf={pdf}", new Uri(Path.GetFullPath(html)).AbsoluteUri])
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "chromium did not print the page within 90 s");
            Assert.True(File.Exists(pdf), $"chromium exited with code {process.ExitCode} without printing {html}");
            // Each page is an object of type /Page; the page tree's nodes are /Pages.
            return Regex.Count(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Type\s*/Page(?!s)");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
