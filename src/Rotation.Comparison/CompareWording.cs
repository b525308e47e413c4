using System.Globalization;
using Rotation.Outputs.Report;

namespace Rotation.Comparison;

/// <summary>
/// The words compare.md and compare.html share, so both say the same thing the same way. The objective's terms are
/// named as the report names them.
/// </summary>
public static class CompareWording
{
    public const string Title = "Plans compared";

    public const string Intro =
        "Plan 1 is the reference: each other plan is explained against it. A plan's score is its objective: the lower, the better.";

    public const string SideBySide = "Side by side";
    public const string ScoreHeading = "Score";
    public const string FiguresHeading = "Figures";

    public const string ScoreNote =
        "The score adds up its parts: each part is a count times its points, shown with the count in brackets. " +
        "Rewards (new offices, wishes met) have negative points.";

    public const string Distances = "How far apart the plans are";

    public const string DistancesNote =
        "Cells in which two plans put someone in different posts; a cell is one person in one month (absent counts as a post).";

    public const string WhyNote =
        "Each line is one difference from plan 1, with the points it adds (+) or saves (−). " +
        "A part's lines add up to its subtotal, and the subtotals to the difference in score.";

    public const string Differences = "Where the plans differ";
    public const string DifferencesNote = "Each person the plans treat differently, the months in which they differ, and the post in each plan, plan 1 first (— not present).";
    public const string NoDifferences = "The plans put everyone in the same post every month.";

    /// <summary>The page's title with the scenario's name, when it has one.</summary>
    public static string Heading(string scenario) => scenario.Length > 0 ? $"{Title} — {scenario}" : Title;

    public static string Plan(int number) => $"plan {number}";

    /// <summary>"Why plan 2 scores 160 more than plan 1", or less, or the same.</summary>
    public static string Why(int plan, long difference) => difference switch
    {
        > 0 => $"Why plan {plan} scores {Number(difference)} more than plan 1",
        < 0 => $"Why plan {plan} scores {Number(-difference)} less than plan 1",
        _ => $"Why plan {plan} scores the same as plan 1",
    };

    /// <summary>Which of the two plans is better, and by how much, for a reader who does not keep in mind that lower is better.</summary>
    public static string Verdict(int plan, long difference) => difference switch
    {
        > 0 => $"Plan 1 is the better of the two by {Count(difference, "point")}.",
        < 0 => $"Plan {plan} is the better of the two by {Count(-difference, "point")}.",
        _ => $"Plan {plan} and plan 1 are as good as each other.",
    };

    public const string NoReasons = "They score alike in every part.";

    /// <summary>The name of a term of the objective (its id in plan.json), as the report calls it.</summary>
    public static string Term(string id)
    {
        var w = ReportWording.English;
        return id switch
        {
            "vacancy" => w.VacancyTerm,
            "moves" => w.Moves,
            "excessMoves" => w.ExcessMovesTerm,
            "trainingCost" => w.TrainingCostTerm,
            "crossOffice" => w.CrossOfficeTerm,
            "preference" => w.PreferenceMet,
            "changes" => w.ChangesTerm,
            _ => id,
        };
    }

    /// <summary>"1 rule", "3 rules".</summary>
    public static string Count(long n, string noun) => $"{Number(n)} {noun}{(Math.Abs(n) == 1 ? "" : "s")}";

    /// <summary>A whole number as people write it: thousands separated, a true minus sign.</summary>
    public static string Number(long n) => n.ToString("#,0;−#,0;0", CultureInfo.InvariantCulture);

    /// <summary>A difference, always with its sign: +160, −40, 0.</summary>
    public static string Signed(long n) => n.ToString("+#,0;−#,0;0", CultureInfo.InvariantCulture);

    /// <summary>The months of a span: "2027-09..2028-06", or one month alone.</summary>
    public static string Months(DifferenceSpan span) => span.First == span.Last ? span.First : $"{span.First}..{span.Last}";

    /// <summary>The posts of a span, one per plan: "legal-edu | cyber-proj-2".</summary>
    public static string Posts(DifferenceSpan span) => string.Join(" | ", span.Posts.Select(p => p ?? "—"));
}
