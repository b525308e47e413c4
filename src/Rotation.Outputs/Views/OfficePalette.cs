namespace Rotation.Outputs.Views;

/// <summary>One light colour per office, by scenario order, so the workbook and the report colour an office alike.</summary>
public static class OfficePalette
{
    // Light enough for black text on top; repeats after eight offices.
    private static readonly string[] Colours = ["#9ecae1", "#fdd0a2", "#c7e9c0", "#dadaeb", "#fcbba1", "#fff2ae", "#c6dbef", "#d9d9d9"];

    public static string Of(PlanView view, string office) => Colours[view.OfficeOrder(office) % Colours.Length];
}
