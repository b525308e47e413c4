using System.Diagnostics;

namespace Rotation.Outputs.Report;

/// <summary>What a headless Chromium run gave: its standard output on success, else a sentence saying what went wrong.</summary>
public sealed record ChromiumRun(bool Succeeded, string Output, string Problem);

/// <summary>Headless Chromium, found on PATH, for the report's screenshot and for tests that read the rendered page.</summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser's path, or null when none of its usual names is on PATH.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Renders <paramref name="html"/> into <paramref name="png"/> at the given window size; the PNG appears whole or not at all.</summary>
    public static ChromiumRun Screenshot(string html, string png, int width, int height)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(png))!, $".{Path.GetFileName(png)}.{Guid.NewGuid():N}.png");
        try
        {
            var run = Run($"--screenshot={temp}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(Path.GetFullPath(html)).AbsoluteUri);
            if (!run.Succeeded) return run;
            if (!File.Exists(temp)) return run with { Succeeded = false, Problem = "chromium exited without writing the screenshot" };
            File.Move(temp, png, overwrite: true);
            return run;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The page's DOM after Chromium has loaded and rendered it, as HTML.</summary>
    public static ChromiumRun DumpDom(string html) => Run("--dump-dom", new Uri(Path.GetFullPath(html)).AbsoluteUri);

    private static ChromiumRun Run(params string[] args)
    {
        if (Find() is not { } browser)
            return new ChromiumRun(false, "", "chromium is not installed (no chromium, chromium-browser or google-chrome on PATH); install it with: apt-get install chromium");
        // A profile of its own: runs side by side (tests, several solves) must not share or lock one.
        var profile = Directory.CreateTempSubdirectory("rotation-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile}", .. args]) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new ChromiumRun(false, "", $"chromium did not finish within {Timeout.TotalSeconds:0} s");
            }
            return process.ExitCode == 0
                ? new ChromiumRun(true, output.Result, "")
                : new ChromiumRun(false, output.Result, $"chromium exited with code {process.ExitCode}: {LastLine(error.Result)}");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string LastLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
