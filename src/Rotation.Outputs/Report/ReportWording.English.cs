using Rotation.Outputs.Handovers;

namespace Rotation.Outputs.Report;

public sealed partial class ReportWording
{
    public static ReportWording English { get; } = new()
    {
        Code = "en",
        HtmlLang = "en",
        Title = "Rotation plan",
        Colon = ": ",
        ListSeparator = "; ",
        EntrySeparator = "; ",
        Nothing = "none",
        MonthSpan = (first, last) => $"{first}–{last}",
        WorkingDays = n => $"{n} working days",
        CourseInMonths = (course, months) => $"{course}, {months}",

        Summary = f =>
            $"{PluralCount(f.Moves, "move")} ({f.AcrossOffices} between offices), nobody past their maximum tenure, {EnglishShortPosts(f)}, " +
            $"{PluralCount(f.Trainings, "training")}; every rule checked on {Wording.Day(f.CheckedOn)} for {EnglishInput(f)}.",
        InfeasibleSummary = f => $"No plan: the rules of {EnglishInput(f)} cannot all hold together (see the conflicts below).",
        NotFoundSummary = f => $"No plan was found in time for {EnglishInput(f)}; nothing below is a plan.",
        ConflictsIntro = "No plan keeps every rule. These rules cannot all hold together:",
        NotFoundAdvice = "No plan was found within the time limit; run the solve again with a longer --time-limit.",

        Moves = "moves",
        MovesExplain = across => $"people changing post ({across} to another office); joining and leaving are not moves",
        CrossOffice = "cross-office experiences",
        CrossOfficeExplain = "times someone works in an office new to them: not a past office, not where they started",
        Vacancy = "vacancy months",
        VacancyExplain = "months × missing holders at non-critical posts below their minimum; critical posts are never short",
        Trainings = "trainings",
        TrainingsExplain = "course places booked, each finished before the post that needs it starts",
        PreferenceMet = "preference met",
        PreferenceExplain = "the weights of the wishes met (post, office, kind of work), summed over the months",
        Objective = "objective",
        ObjectiveExplain = (bound, gap) => $"the plan's score, lower is better; best bound {bound}, gap {gap} (0 % proves no better plan exists)",

        HorizonSpan = (months, start) => $"{months} months from {start}",
        Status = "status",
        StatusName = status => status.ToString(),
        BestBound = "best bound",
        Gap = "gap",
        SolveSeconds = "solve time (s)",
        Cadres = "cadres",
        Handovers = "handovers",
        Checkpoints = "checkpoints",

        MovesPerMonth = "Moves per month",
        MovesInMonth = (month, n) => $"{month}: {PluralCount(n, "move")}",
        MovesByMonth = "Moves by month",
        NoMoves = "Nobody changes post in this plan.",
        Month = "month",
        Who = "who",
        FromPost = "from post",
        ToPost = "to post",
        HandoverWindow = "handover window",
        TrainingFirst = "training first",

        Exchange = "Exchange between offices",
        ExchangeNote = "Moves from the office of the row to the office of the column; the grey diagonal counts moves between posts of the same office.",
        FromTo = "from \\ to",
        TotalOut = "total out",
        TotalIn = "total in",

        Timeline = "Timeline",
        LegendColour = "colour: the office of the post held",
        LegendLabel = "text: the post taken up, where a stint starts",
        LegendMove = "→ a move or a join",
        LegendCheckpoint = "● onboarding or review checkpoint",
        LegendExit = "◆ exit review",
        LegendTraining = "dark bar: in training",
        LegendAway = "hatched: on leave or seconded",
        LegendAbsent = "white: not present (not yet joined, or left)",
        LegendHover = "hover a cell for details",
        Cadre = "cadre",
        NotPresent = "not present",
        Joins = "joins",
        MovesFrom = post => $"moves from {post}",
        InTraining = course => $"training: {course}",
        Unavailable = "unavailable",
        CheckpointKindName = kind => kind,
        CheckpointNote = (kind, day) => $"{kind} checkpoint {day}",

        TrainingsHeading = "Trainings",
        Course = "course",
        Months = "months",
        CompetencyGained = "competency gained",

        Headcount = "Monthly headcount per office",
        HeadcountNote = "Holders of the office's posts; red: fewer available than the posts' summed minimum, amber: more than their summed maximum.",
        OfficeBand = "office (min–max)",
        HoldersNote = (month, holders, available) => $"{month}: {holders} holders, {available} available",
        HeadcountChartNote = "Each office's holders per month (line) against the band of its posts' summed minimum and maximum (green); " +
                             "a red point is short of available holders, an amber one over the maximum.",
        HeadcountChartTitle = (office, min, max) => $"{office}: headcount per month against {min}–{max}",
        Band = (min, max) => $"band {min}–{max}",

        Terms = "Objective terms",
        Term = "term",
        Count = "count",
        Weight = "weight",
        Contribution = "contribution",
        VacancyTerm = "vacancy (months short at non-critical posts)",
        ExcessMovesTerm = "moves beyond the fair share",
        TrainingCostTerm = "training cost",
        CrossOfficeTerm = "new cross-office experiences",
        ChangesTerm = "changes to the published plan",

        Records = "Rotation records",
        RecordsNote = "One record per cadre, in the scenario's order; printed, each starts on a page of its own.",
        RecordCaption = scenario => $"Rotation record · {scenario}",
        Offices = "offices",
        Posts = "posts",
        NewOffices = "offices new to them",
        CompetenciesGained = "competencies gained",
        Courses = "courses",
    };

    private static string EnglishShortPosts(SummaryFigures f) =>
        f.Shortfalls.IsEmpty
            ? "no post left short"
            : $"{PluralCount(f.Shortfalls.Length, "post")} left short for {PluralCount(f.Shortfalls.Sum(s => s.Months), "post-month")} " +
              $"({string.Join(", ", f.Shortfalls.Select(s => $"{s.Post}: {PluralCount(s.Months, "month")}"))})";

    private static string EnglishInput(SummaryFigures f) => f.Source ?? $"scenario “{f.Scenario}”";

    private static string PluralCount(long n, string noun) => $"{N(n)} {noun}{(n == 1 ? "" : "s")}";
}
