using System.Collections.Immutable;
using System.Globalization;
using Rotation.Domain.Plans;

namespace Rotation.Outputs.Report;

/// <summary>
/// Every word report.html shows a reader, in one language: <see cref="English"/> (the default) or <see cref="Chinese"/>.
/// The page's structure and its data-* attributes do not depend on it; only the text does. Required properties make a
/// language that forgets a string fail to compile.
/// </summary>
public sealed partial class ReportWording
{
    /// <summary>The languages by their <c>--lang</c> code, English first.</summary>
    public static ImmutableArray<ReportWording> All => [English, Chinese];

    /// <summary>The language of <paramref name="code"/> ("en", "zh"), or null for a code the report does not speak.</summary>
    public static ReportWording? Find(string? code) => All.FirstOrDefault(w => w.Code == code);

    /// <summary>How <c>--lang</c> names it.</summary>
    public required string Code { get; init; }

    /// <summary>The page's <c>&lt;html lang&gt;</c>.</summary>
    public required string HtmlLang { get; init; }

    public required string Title { get; init; }
    public required string Colon { get; init; }

    // Between names in a list ("、" in Chinese), and between entries that hold a comma of their own.
    public required string ListSeparator { get; init; }
    public required string EntrySeparator { get; init; }

    /// <summary>What an empty line of a record says.</summary>
    public required string Nothing { get; init; }

    /// <summary>The months from the first to the last, inclusive.</summary>
    public required Func<string, string, string> MonthSpan { get; init; }
    public required Func<int, string> WorkingDays { get; init; }

    /// <summary>A course and the months it takes, given both as text.</summary>
    public required Func<string, string, string> CourseInMonths { get; init; }

    // The summary sentence, and what the page says instead of a plan.
    public required Func<SummaryFigures, string> Summary { get; init; }
    public required Func<SummaryFigures, string> InfeasibleSummary { get; init; }
    public required Func<SummaryFigures, string> NotFoundSummary { get; init; }
    public required string ConflictsIntro { get; init; }
    public required string NotFoundAdvice { get; init; }

    // Cards, with one line each on what they count; labels shared with the objective terms and the records.
    public required string Moves { get; init; }
    public required Func<int, string> MovesExplain { get; init; }
    public required string CrossOffice { get; init; }
    public required string CrossOfficeExplain { get; init; }
    public required string Vacancy { get; init; }
    public required string VacancyExplain { get; init; }
    public required string Trainings { get; init; }
    public required string TrainingsExplain { get; init; }
    public required string PreferenceMet { get; init; }
    public required string PreferenceExplain { get; init; }
    public required string Objective { get; init; }

    /// <summary>The objective card's line, given the best bound and the gap.</summary>
    public required Func<string, string, string> ObjectiveExplain { get; init; }

    // The line of details under the cards.
    public required Func<int, string, string> HorizonSpan { get; init; }
    public required string Status { get; init; }
    public required Func<PlanStatus, string> StatusName { get; init; }
    public required string BestBound { get; init; }
    public required string Gap { get; init; }
    public required string SolveSeconds { get; init; }
    public required string Cadres { get; init; }
    public required string Handovers { get; init; }
    public required string Checkpoints { get; init; }

    // Moves: the chart (its heading is its title too) and the table.
    public required string MovesPerMonth { get; init; }
    public required Func<string, int, string> MovesInMonth { get; init; }
    public required string MovesByMonth { get; init; }
    public required string NoMoves { get; init; }
    public required string Month { get; init; }
    public required string Who { get; init; }
    public required string FromPost { get; init; }
    public required string ToPost { get; init; }
    public required string HandoverWindow { get; init; }
    public required string TrainingFirst { get; init; }

    // The exchange between offices.
    public required string Exchange { get; init; }
    public required string ExchangeNote { get; init; }
    public required string FromTo { get; init; }
    public required string TotalOut { get; init; }
    public required string TotalIn { get; init; }

    // The timeline, its legend and the notes a cell shows on hover.
    public required string Timeline { get; init; }
    public required string LegendColour { get; init; }
    public required string LegendLabel { get; init; }
    public required string LegendMove { get; init; }
    public required string LegendCheckpoint { get; init; }
    public required string LegendExit { get; init; }
    public required string LegendTraining { get; init; }
    public required string LegendAway { get; init; }
    public required string LegendAbsent { get; init; }
    public required string LegendHover { get; init; }
    public required string Cadre { get; init; }
    public required string NotPresent { get; init; }
    public required string Joins { get; init; }
    public required Func<string, string> MovesFrom { get; init; }
    public required Func<string, string> InTraining { get; init; }
    public required string Unavailable { get; init; }

    /// <summary>A checkpoint kind (<see cref="CheckpointKind"/>) as the reader calls it.</summary>
    public required Func<string, string> CheckpointKindName { get; init; }

    /// <summary>A checkpoint on the timeline, given its kind's name and its day.</summary>
    public required Func<string, string, string> CheckpointNote { get; init; }

    // The trainings table.
    public required string TrainingsHeading { get; init; }
    public required string Course { get; init; }
    public required string Months { get; init; }
    public required string CompetencyGained { get; init; }

    // Headcount per office, as a table and as charts.
    public required string Headcount { get; init; }
    public required string HeadcountNote { get; init; }
    public required string OfficeBand { get; init; }

    /// <summary>A month of an office: its holders and how many of them are available.</summary>
    public required Func<string, int, int, string> HoldersNote { get; init; }
    public required string HeadcountChartNote { get; init; }
    public required Func<string, int, int, string> HeadcountChartTitle { get; init; }
    public required Func<int, int, string> Band { get; init; }

    // The objective terms.
    public required string Terms { get; init; }
    public required string Term { get; init; }
    public required string Count { get; init; }
    public required string Weight { get; init; }
    public required string Contribution { get; init; }
    public required string VacancyTerm { get; init; }
    public required string ExcessMovesTerm { get; init; }
    public required string TrainingCostTerm { get; init; }
    public required string CrossOfficeTerm { get; init; }
    public required string ChangesTerm { get; init; }

    // The rotation records, one page each when printed.
    public required string Records { get; init; }
    public required string RecordsNote { get; init; }

    /// <summary>The line heading each printed record, given the scenario's name.</summary>
    public required Func<string, string> RecordCaption { get; init; }
    public required string Offices { get; init; }
    public required string Posts { get; init; }
    public required string NewOffices { get; init; }
    public required string CompetenciesGained { get; init; }
    public required string Courses { get; init; }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
