namespace Rotation.Experiments.Charts;

/// <summary>
/// ScottPlot draws text only with a font file it can load, and draws none (without an error) when it finds none; so the
/// charts name an installed font (DejaVu Sans, package fonts-dejavu-core, which .ci/run installs) as the default.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    public static readonly IReadOnlyList<string> Files =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ];

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (Files.FirstOrDefault(File.Exists) is not { } file) return false;
        ScottPlot.Fonts.AddFontFile(Family, file);
        ScottPlot.Fonts.Default = Family;
        return true;
    });

    /// <summary>Sets the default font once; false when no font file was found, so charts will have no text.</summary>
    public static bool Ensure() => Installed.Value;
}
