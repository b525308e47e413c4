using System.Diagnostics;

namespace Rotation.Roster.Tests;

/// <summary>
/// A real client: Debian's LibreOffice opens an exported workbook and saves it as .xlsx again, as a user saving in
/// LibreOffice would (shared strings, its own styles and validations). The result imports to the same scenario. The
/// test needs soffice (.ci/run installs libreoffice-calc) and fails without it.
/// </summary>
public class LibreOfficeTests
{
    [Fact]
    public void A_workbook_saved_again_by_libreoffice_imports_to_the_same_scenario()
    {
        var scenario = Canonical.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json")));
        var folder = Directory.CreateTempSubdirectory("roster-libreoffice-");
        try
        {
            var exported = Path.Combine(folder.FullName, "roster.xlsx");
            File.WriteAllBytes(exported, RosterExport.ToBytes(scenario));
            var saved = Directory.CreateDirectory(Path.Combine(folder.FullName, "saved"));

            var (exitCode, output) = Run("soffice", folder.FullName, "--headless", "--convert-to", "xlsx", "--outdir", saved.FullName, exported);

            var again = Path.Combine(saved.FullName, "roster.xlsx");
            Assert.True(exitCode == 0 && File.Exists(again), $"soffice exited {exitCode}: {output}");
            Assert.NotEqual(File.ReadAllBytes(exported), File.ReadAllBytes(again));
            Assert.Equal(Canonical.Of(scenario), Canonical.Of(Canonical.Import(File.ReadAllBytes(again))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs a program with HOME in <paramref name="home"/>, so that LibreOffice makes a fresh profile there.</summary>
    private static (int ExitCode, string Output) Run(string program, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 3 minutes");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
