using System.Text;
using Rotation.Outputs.Views;
using static Rotation.Comparison.CompareWording;

namespace Rotation.Comparison;

/// <summary>
/// compare.md: the comparison to print or read on GitHub: the plans' score and figures side by side, how far apart they
/// are, why each plan scores as it does against plan 1, and per person the months in which the plans differ.
/// </summary>
public static class CompareMarkdown
{
    public const string File = "compare.md";

    public static byte[] ToUtf8(PlanComparison comparison)
    {
        var plans = comparison.Plans;
        var names = new PlanView(comparison.Scenario, plans[0].Plan);
        var md = new StringBuilder();
        md.Append($"# {Line(Heading(comparison.Scenario.Name))}\n\n{Intro}\n\n");
        for (var i = 0; i < plans.Length; i++)
            md.Append($"- {Plan(i + 1)}: {Cell(plans[i].Name)} ({plans[i].Status})\n");

        md.Append($"\n## {SideBySide}\n\n{ScoreNote}\n\n");
        Table(md, ScoreHeading, comparison, KpiTable.Score(comparison));
        md.Append('\n');
        Table(md, FiguresHeading, comparison, KpiTable.Figures(comparison));

        md.Append($"\n## {Distances}\n\n{DistancesNote}\n\n");
        Header(md, "", comparison);
        for (var i = 0; i < plans.Length; i++)
            md.Append($"| {Plan(i + 1)} | ")
                .Append(string.Join(" | ", plans.Select((_, j) => i == j ? "—" : Number(comparison.Distance(i, j))))).Append(" |\n");

        for (var i = 1; i < plans.Length; i++)
        {
            var difference = plans[i].Objective - plans[0].Objective;
            md.Append($"\n## {Why(i + 1, difference)}\n\n{Verdict(i + 1, difference)}");
            var terms = comparison.WhyByTerm(i + 1);
            if (terms.IsEmpty)
            {
                md.Append($" {NoReasons}\n");
                continue;
            }
            md.Append($" {WhyNote}\n");
            foreach (var term in terms)
            {
                md.Append($"\n### {Term(term.Term)}: {Signed(term.Subtotal)}\n\n");
                foreach (var r in term.Reasons) md.Append($"- {Signed(r.Delta)}: {Line(r.Text)}\n");
            }
        }

        md.Append($"\n## {CompareWording.Differences}\n\n");
        var spans = comparison.Spans();
        if (spans.IsEmpty) md.Append($"{NoDifferences}\n");
        else
        {
            md.Append($"{DifferencesNote}\n\n");
            foreach (var cadre in spans.GroupBy(s => s.Cadre))
                md.Append($"- {Line(names.CadreLabel(cadre.Key))} ").Append(string.Join("; ", cadre.Select(s => $"{Months(s)}: {Posts(s)}"))).Append('\n');
        }
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static void Table(StringBuilder md, string heading, PlanComparison comparison, IEnumerable<KpiRow> rows)
    {
        Header(md, heading, comparison);
        foreach (var row in rows)
            md.Append($"| {Cell(row.Label)} | ").Append(string.Join(" | ", row.Values.Select(Cell))).Append(" |\n");
    }

    /// <summary>A table's first line, one column per plan, numbers aligned right.</summary>
    private static void Header(StringBuilder md, string heading, PlanComparison comparison) =>
        md.Append($"| {heading} | ").Append(string.Join(" | ", comparison.Plans.Select((_, i) => Plan(i + 1)))).Append(" |\n")
            .Append("|---|").Append(string.Concat(comparison.Plans.Select(_ => "---:|"))).Append('\n');

    // Text from the scenario may hold what Markdown reads as a table's edge or a line break.
    private static string Cell(string text) => Line(text).Replace("|", "\\|");

    private static string Line(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
