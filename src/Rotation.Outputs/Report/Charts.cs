using System.Net;
using System.Text;
using Rotation.Outputs.Schedule;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>
/// The report's charts as inline SVG (no script, nothing fetched): moves per month as bars, and each office's headcount
/// per month as a line over the band of its posts' summed minimum and maximum. Bars and points carry data-* attributes.
/// </summary>
public static class Charts
{
    private const int Step = 18, Left = 34, Top = 10, Bottom = 34;

    public static string MovesPerMonth(PlanView view, ReportWording w)
    {
        var months = view.Plan.Months;
        var perMonth = months.Select(m => view.Moves.Count(x => x.Month == m)).ToArray();
        var max = Math.Max(1, perMonth.DefaultIfEmpty().Max());
        const int height = 110;
        var svg = Open(months.Length, height, "moves", w.MovesPerMonth);
        Axis(svg, max, height);
        for (var t = 0; t < months.Length; t++)
        {
            var h = Y(perMonth[t], max, height);
            svg.Append($"<rect data-month=\"{months[t]}\" data-moves=\"{perMonth[t]}\" x=\"{X(t) + 3}\" y=\"{Top + height - h}\" width=\"{Step - 6}\" ")
                .Append($"height=\"{h}\" fill=\"#4a7fb5\"><title>{E(w.MovesInMonth(months[t], perMonth[t]))}</title></rect>");
            if (perMonth[t] > 0)
                svg.Append($"<text x=\"{X(t) + Step / 2}\" y=\"{Top + height - h - 2}\" text-anchor=\"middle\" font-size=\"9\">{perMonth[t]}</text>");
        }
        MonthLabels(svg, months, height);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One chart per office: the shaded band is where its headcount should be, the line is its holders.</summary>
    public static string HeadcountBand(PlanView view, ReportWording w, string office, IReadOnlyList<OfficeMonth> months)
    {
        const int height = 70;
        var max = Math.Max(1, Math.Max(months[0].Max, months.Max(m => m.Holders)));
        var svg = Open(months.Count, height, $"headcount-{office}", w.HeadcountChartTitle(view.OfficeName(office), months[0].Min, months[0].Max));
        Axis(svg, max, height);
        var (low, high) = (Top + height - Y(months[0].Min, max, height), Top + height - Y(months[0].Max, max, height));
        svg.Append($"<rect x=\"{Left}\" y=\"{high}\" width=\"{Step * months.Count}\" height=\"{Math.Max(1, low - high)}\" fill=\"#cfe8cf\">")
            .Append($"<title>{E(w.Band(months[0].Min, months[0].Max))}</title></rect>");
        var points = months.Select((m, t) => $"{X(t) + Step / 2},{Top + height - Y(m.Holders, max, height)}");
        svg.Append($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\"/>");
        for (var t = 0; t < months.Count; t++)
        {
            var m = months[t];
            var colour = m.Short ? "#d62728" : m.Over ? "#e69f00" : "#333";
            svg.Append($"<circle data-month=\"{m.Month}\" data-holders=\"{m.Holders}\" cx=\"{X(t) + Step / 2}\" cy=\"{Top + height - Y(m.Holders, max, height)}\" ")
                .Append($"r=\"2.5\" fill=\"{colour}\"><title>{E(w.HoldersNote(m.Month, m.Holders, m.Available))}</title></circle>");
        }
        MonthLabels(svg, [.. months.Select(m => m.Month)], height);
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int months, int height, string key, string title) =>
        new StringBuilder()
            .Append($"<svg data-chart=\"{E(key)}\" role=\"img\" width=\"{Left + Step * months + 8}\" ")
            .Append($"height=\"{Top + height + Bottom}\" font-family=\"sans-serif\"><title>{E(title)}</title>");

    private static void Axis(StringBuilder svg, int max, int height) =>
        svg.Append($"<line x1=\"{Left}\" y1=\"{Top + height}\" x2=\"{Left}\" y2=\"{Top}\" stroke=\"#999\"/>")
            .Append($"<text x=\"{Left - 4}\" y=\"{Top + 8}\" text-anchor=\"end\" font-size=\"9\">{max}</text>")
            .Append($"<text x=\"{Left - 4}\" y=\"{Top + height}\" text-anchor=\"end\" font-size=\"9\">0</text>");

    // Every third month is labelled, so labels never overlap.
    private static void MonthLabels(StringBuilder svg, IReadOnlyList<string> months, int height)
    {
        svg.Append($"<line x1=\"{Left}\" y1=\"{Top + height}\" x2=\"{Left + Step * months.Count}\" y2=\"{Top + height}\" stroke=\"#999\"/>");
        for (var t = 0; t < months.Count; t += 3)
            svg.Append($"<text x=\"{X(t)}\" y=\"{Top + height + 14}\" font-size=\"9\">{months[t]}</text>");
    }

    private static int X(int t) => Left + Step * t;

    private static int Y(int value, int max, int height) => (int)Math.Round((double)value * height / max, MidpointRounding.AwayFromZero);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
