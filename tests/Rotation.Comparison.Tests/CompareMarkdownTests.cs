using System.Text;
using static Rotation.Comparison.Tests.Support.Small;

namespace Rotation.Comparison.Tests;

public class CompareMarkdownTests
{
    private static string Markdown(params Domain.Plans.Plan[] plans) => Encoding.UTF8.GetString(CompareMarkdown.ToUtf8(Compare(plans)));

    private static string[] Lines(string md) => md.Split('\n');

    /// <summary>The table whose header starts with <paramref name="header"/>, its header and alignment lines left out.</summary>
    private static string[] Table(string md, string header) =>
        [.. Lines(md).SkipWhile(l => !l.StartsWith(header)).Skip(2).TakeWhile(l => l.StartsWith('|'))];

    [Fact]
    public void The_score_table_has_a_column_per_plan_with_the_score_its_difference_and_each_part_in_points()
    {
        var md = Markdown(Stay, C1Leaves, C2Joins);

        Assert.Contains("| Score | plan 1 | plan 2 | plan 3 |\n|---|---:|---:|---:|\n", md);
        Assert.Equal(
        [
            "| score (lower is better) | 0 | 160 | −30 |",
            "| against plan 1 | — | +160 | −30 |",
            "| keeps every rule | yes | yes | yes |",
            "| vacancy (months short at non-critical posts) · 100 points each | 0 | 200 (2) | 0 |",
            "| moves · 10 points each | 0 | 10 (1) | 10 (1) |",
            "| moves beyond the fair share · 30 points each | 0 | 0 | 0 |",
            "| training cost · 1 point each | 0 | 0 | 0 |",
            "| new cross-office experiences · −40 points each | 0 | −40 (1) | −40 (1) |",
            "| preference met · −1 point each | 0 | −10 (10) | 0 |",
            "| changes to the published plan · 20 points each | 0 | 0 | 0 |",
        ], Table(md, "| Score"));
    }

    [Fact]
    public void The_figures_table_counts_moves_by_office_training_vacancy_movers_their_spread_and_wishes()
    {
        Assert.Equal(
        [
            "| moves (people changing post) | 0 | 1 | 1 |",
            "| moves out / in: a | 0 / 0 | 1 / 0 | 0 / 1 |",
            "| moves out / in: b | 0 / 0 | 0 / 1 | 1 / 0 |",
            "| moves to another office | 0 | 1 | 1 |",
            "| training places booked | 0 | 0 | 0 |",
            "| training cost | 0 | 0 | 0 |",
            "| months a non-critical post is short | 0 | 2 | 0 |",
            "| people who move | 0 | 1 | 1 |",
            "| spread of moves (Gini: 0 all alike, towards 1 a few move a lot) | 0.00 | 0.50 | 0.50 |",
            "| wishes met (their weights over the months) | 0 | 10 | 0 |",
        ], Table(Markdown(Stay, C1Leaves, C2Joins), "| Figures"));
    }

    [Fact]
    public void The_distances_count_the_cells_in_which_each_two_plans_differ() =>
        Assert.Equal(["| plan 1 | — | 2 | 2 |", "| plan 2 | 2 | — | 4 |", "| plan 3 | 2 | 4 | — |"],
            Table(Markdown(Stay, C1Leaves, C2Joins), "|  | plan 1"));

    [Fact]
    public void Each_later_plan_is_explained_by_term_with_subtotals_biggest_first()
    {
        var md = Markdown(Stay, C1Leaves, C2Joins);

        Assert.Equal(
        [
            "## Why plan 2 scores 160 more than plan 1",
            "### vacancy (months short at non-critical posts): +200",
            "### new cross-office experiences: −40",
            "### moves: +10",
            "### preference met: −10",
            "## Why plan 3 scores 30 less than plan 1",
            "### new cross-office experiences: −40",
            "### moves: +10",
            "## Where the plans differ",
        ], Lines(md).Where(l => l.StartsWith("## Why") || l.StartsWith("### ") || l.StartsWith("## Where")));
        Assert.Contains("## Why plan 2 scores 160 more than plan 1\n\nPlan 1 is the better of the two by 160 points. Each line", md);
        Assert.Contains("## Why plan 3 scores 30 less than plan 1\n\nPlan 3 is the better of the two by 30 points. Each line", md);
        Assert.Contains(
            "### vacancy (months short at non-critical posts): +200\n\n" +
            "- +100: Post p lacks 1 holder in 2027-02, against 0 in the reference; Li Wei (c1) holds it in the plan with fewer missing.\n" +
            "- +100: Post p lacks 1 holder in 2027-03, against 0 in the reference; Li Wei (c1) holds it in the plan with fewer missing.\n", md);
        Assert.Contains("### moves: +10\n\n- +10: Li Wei (c1) moves into q in 2027-02; the reference has no such move.\n", md);
    }

    [Fact]
    public void The_differences_give_a_line_per_cadre_with_consecutive_months_merged_and_each_plans_post()
    {
        Assert.Equal(["- Li Wei (c1) 2027-02..2027-03: p | q"], Lines(Markdown(Stay, C1Leaves)).Where(l => l.StartsWith("- Li Wei") || l.StartsWith("- c2")));
        Assert.Equal(["- Li Wei (c1) 2027-02..2027-03: p | q | p", "- c2 2027-02..2027-03: q | q | p"],
            Lines(Markdown(Stay, C1Leaves, C2Joins)).Where(l => l.StartsWith("- Li Wei") || l.StartsWith("- c2")));
    }

    [Fact]
    public void Identical_plans_say_they_score_alike_and_differ_nowhere()
    {
        var md = Markdown(Stay, Stay);

        Assert.Contains("## Why plan 2 scores the same as plan 1\n\nPlan 2 and plan 1 are as good as each other. They score alike in every part.\n", md);
        Assert.EndsWith("## Where the plans differ\n\nThe plans put everyone in the same post every month.\n", md);
    }

    [Fact]
    public void It_opens_with_the_scenario_and_the_plans_and_keeps_tables_intact()
    {
        var md = Markdown(Stay, C1Leaves);

        // The scenario has no name, so the title is the page's alone.
        Assert.StartsWith("# Plans compared\n\n", md);
        Assert.Contains("- plan 1: plan-1 (Feasible)\n- plan 2: plan-2 (Feasible)\n", md);
        // Every table line has as many cells as its header.
        Assert.All(Lines(md).Where(l => l.StartsWith('|')), l => Assert.Equal(4, l.Count(c => c == '|')));
    }
}
