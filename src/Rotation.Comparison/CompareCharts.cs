using System.Net;
using System.Text;
using Rotation.Outputs.Views;

namespace Rotation.Comparison;

/// <summary>
/// compare.html's charts as inline SVG: groups of bars, one bar per plan in its plan's colour. Bars carry data-plan,
/// data-group and data-value.
/// </summary>
internal static class CompareCharts
{
    private const int Left = 34, Top = 14, Height = 110, Gap = 6;

    // Strong enough to tell apart side by side, and none of them the red that marks a difference.
    private static readonly string[] Colours = ["#4a7fb5", "#e08a2e", "#3a9a5b", "#8e5bb5", "#8c6d46", "#2ab0c5"];

    public static string Colour(int plan) => Colours[(plan - 1) % Colours.Length];

    /// <summary>Per office, the moves out of it and the moves into it.</summary>
    public static string MovesPerOffice(PlanComparison comparison)
    {
        var offices = comparison.Scenario.Offices;
        var names = new PlanView(comparison.Scenario, comparison.Plans[0].Plan);
        var groups = offices.SelectMany(o => new[] { (Key: $"{o.Id}:out", Label: "out", Office: o.Id), (Key: $"{o.Id}:in", Label: "in", Office: o.Id) }).ToArray();
        var values = comparison.Plans.Select(p => groups.Select(g =>
        {
            var m = p.Kpis.MovesByOffice.Single(x => x.Office == g.Office);
            return g.Label == "out" ? m.Out : m.In;
        }).ToArray()).ToArray();
        const int bar = 14;
        var svg = Bars("movesPerOffice", "Moves out of and into each office", [.. groups.Select(g => g.Key)],
            [.. groups.Select(g => $"{(g.Label == "out" ? "out of" : "into")} {names.OfficeName(g.Office)}")], values, bar, numbered: true);
        var width = Width(comparison.Plans.Length, bar);
        for (var i = 0; i < groups.Length; i++)
            svg.Append($"<text x=\"{Left + i * width + width / 2}\" y=\"{Top + Height + 12}\" text-anchor=\"middle\" font-size=\"10\">{groups[i].Label}</text>");
        for (var o = 0; o < offices.Length; o++)
            svg.Append($"<text x=\"{Left + 2 * o * width + width}\" y=\"{Top + Height + 26}\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\">{E(offices[o].Id)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Per month, the moves of each plan.</summary>
    public static string MovesPerMonth(PlanComparison comparison)
    {
        var months = comparison.Plans[0].Plan.Months;
        var values = comparison.Plans.Select(p =>
        {
            var moves = new PlanView(comparison.Scenario, p.Plan).Moves;
            return months.Select(m => moves.Count(x => x.Month == m)).ToArray();
        }).ToArray();
        var bar = comparison.Plans.Length <= 2 ? 6 : 4;
        var svg = Bars("movesPerMonth", "Moves per month", months, months, values, bar, numbered: false);
        var width = Width(comparison.Plans.Length, bar);
        // Every third month is labelled, so labels never overlap.
        for (var t = 0; t < months.Length; t += 3)
            svg.Append($"<text x=\"{Left + t * width}\" y=\"{Top + Height + 14}\" font-size=\"9\">{months[t]}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static int Width(int plans, int bar) => plans * bar + Gap;

    /// <summary>The chart up to its labels: axis, then per group a bar per plan, each with its value on hover (and on top when <paramref name="numbered"/>).</summary>
    private static StringBuilder Bars(string key, string title, IReadOnlyList<string> groups, IReadOnlyList<string> groupTitles, int[][] values, int bar, bool numbered)
    {
        var width = Width(values.Length, bar);
        var max = Math.Max(1, values.SelectMany(v => v).DefaultIfEmpty().Max());
        var svg = new StringBuilder()
            .Append($"<svg data-chart=\"{key}\" role=\"img\" width=\"{Left + width * groups.Count + 8}\" height=\"{Top + Height + 32}\" font-family=\"sans-serif\">")
            .Append($"<title>{E(title)}</title>")
            .Append($"<line x1=\"{Left}\" y1=\"{Top + Height}\" x2=\"{Left}\" y2=\"{Top}\" stroke=\"#999\"/>")
            .Append($"<line x1=\"{Left}\" y1=\"{Top + Height}\" x2=\"{Left + width * groups.Count}\" y2=\"{Top + Height}\" stroke=\"#999\"/>")
            .Append($"<text x=\"{Left - 4}\" y=\"{Top + 8}\" text-anchor=\"end\" font-size=\"9\">{max}</text>")
            .Append($"<text x=\"{Left - 4}\" y=\"{Top + Height}\" text-anchor=\"end\" font-size=\"9\">0</text>");
        for (var g = 0; g < groups.Count; g++)
            for (var p = 0; p < values.Length; p++)
            {
                var value = values[p][g];
                var h = (int)Math.Round((double)value * Height / max, MidpointRounding.AwayFromZero);
                var x = Left + g * width + Gap / 2 + p * bar;
                svg.Append($"<rect data-plan=\"{p + 1}\" data-group=\"{E(groups[g])}\" data-value=\"{value}\" x=\"{x}\" y=\"{Top + Height - h}\" ")
                    .Append($"width=\"{bar - 1}\" height=\"{h}\" fill=\"{Colour(p + 1)}\"><title>{E($"{CompareWording.Plan(p + 1)}, {groupTitles[g]}: {CompareWording.Count(value, "move")}")}</title></rect>");
                if (numbered && value > 0)
                    svg.Append($"<text x=\"{x + bar / 2}\" y=\"{Top + Height - h - 2}\" text-anchor=\"middle\" font-size=\"9\">{value}</text>");
            }
        return svg;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
