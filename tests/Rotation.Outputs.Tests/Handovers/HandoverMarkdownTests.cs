using System.Text;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Handovers;

public class HandoverMarkdownTests
{
    [Fact]
    public void The_seed_plan_gives_the_golden_file() =>
        Golden.Matches("Handovers/golden/handovers.md", HandoverMarkdown.ToUtf8(Seed.View));

    [Fact]
    public void Each_month_has_a_section_and_each_handover_a_table_row()
    {
        var md = Encoding.UTF8.GetString(HandoverMarkdown.ToUtf8(Seed.View)).Split('\n');

        Assert.Equal(Seed.Plan.Handovers.Select(h => h.Month).Distinct().Select(m => m),
            md.Where(l => l.StartsWith("## ")).Select(l => l[3..10]));
        // Table rows start with "| "; the header row of each office table is one of them.
        var tables = md.Count(l => l.StartsWith("| post |"));
        Assert.Equal(Seed.Plan.Handovers.Length, md.Count(l => l.StartsWith("| ")) - tables);
    }
}
