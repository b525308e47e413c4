using System.Collections.Immutable;

namespace Rotation.Roster;

/// <summary>What a column holds, which sets how its cells are written and read back.</summary>
public enum CellKind
{
    /// <summary>Text as typed (ids, names).</summary>
    Text,
    /// <summary>A whole number.</summary>
    Whole,
    /// <summary>TRUE or FALSE.</summary>
    Flag,
    /// <summary>A month: a date cell shown yyyy-mm, or text "2027-03" or "2027-03-01".</summary>
    Month,
    /// <summary>A day: a date cell shown yyyy-mm-dd, or text "2027-03-01".</summary>
    Day,
    /// <summary>Whole numbers separated by commas ("9, 10").</summary>
    WholeList,
}

/// <summary>
/// One column of a roster sheet. <paramref name="Header"/> is the scenario file's field name, so the workbook and
/// docs/scenario.md speak of the same things; <paramref name="Lists"/> names the sheet whose ids it takes (a drop-down).
/// </summary>
public sealed record RosterColumn(string Header, CellKind Kind, string English, string Chinese, bool Required = false, string? Lists = null);

/// <summary>One sheet of the roster workbook and what it is for.</summary>
public sealed record RosterSheet(string Name, string English, string Chinese, ImmutableArray<RosterColumn> Columns);

/// <summary>
/// The roster workbook's sheets and columns, one place for the writer, the reader and the "Read me" sheet. A list of
/// the scenario (offices, posts, cadres…) is a sheet with one row per item; a list inside an item (a cadre's pins, a
/// course's sessions) is a sheet with one row per entry, its first column naming the item it belongs to.
/// </summary>
public static class RosterLayout
{
    public const string ReadMe = "Read me";
    public const string Offices = "Offices", WorkNatures = "WorkNatures", Competencies = "Competencies", Courses = "Courses",
        Sessions = "Sessions", Posts = "Posts", Requires = "Requires", HandoverItems = "HandoverItems", Cadres = "Cadres",
        CadreCompetencies = "CadreCompetencies", PastOffices = "PastOffices", Preferences = "Preferences",
        Unavailable = "Unavailable", Avoid = "Avoid", Pins = "Pins", PolicySheet = "Policy", Calendar = "Calendar", Published = "Published";

    public const string Holiday = "holiday", ExtraWorkday = "extraWorkday";

    private static RosterColumn Id(string what, string chinese) =>
        new("id", CellKind.Text, $"The {what}'s id, unique in this sheet; other sheets refer to it exactly as written.", $"{chinese}编号，本表内唯一；其他表按原样引用。", Required: true);

    private static RosterColumn Owner(string header, string sheet, string chinese) =>
        new(header, CellKind.Text, $"The {header} this row belongs to (an id from {sheet}).", $"本行所属的{chinese}（取自 {sheet} 表的编号）。", Required: true, Lists: sheet);

    public static readonly ImmutableArray<RosterSheet> Sheets =
    [
        new(Offices, "One row per office.", "每行一个处室（办公室）。",
        [
            Id("office", "处室"),
            new("name", CellKind.Text, "Full name; the id when empty.", "全称；留空则用编号。"),
            new("blackoutMonthsOfYear", CellKind.WholeList, "Calendar months (1-12, separated by commas) in which nobody moves into or out of this office.", "每年禁止调入或调出本处室的月份（1–12，用逗号分隔）。"),
        ]),
        new(WorkNatures, "One row per work nature (kind of work); it sets the rotation cycle of its posts.", "每行一种工作性质；决定其岗位的轮岗周期。",
        [
            Id("work nature", "工作性质"),
            new("name", CellKind.Text, "Full name; the id when empty.", "全称；留空则用编号。"),
            new("tenureMin", CellKind.Whole, "Fewest months in one post of this nature before moving; empty = the Policy default.", "此类岗位最短任职月数；留空则用 Policy 表的默认值。"),
            new("tenureMax", CellKind.Whole, "Most months in one post of this nature; empty = the Policy default.", "此类岗位最长任职月数；留空则用 Policy 表的默认值。"),
        ]),
        new(Competencies, "One row per competency (skill).", "每行一项能力（资质）。",
        [
            new("id", CellKind.Text, "The competency's name, listed once; posts require it, cadres have it, courses grant it.", "能力名称，只列一次；岗位要求、干部具备、课程授予时引用它。", Required: true),
        ]),
        new(Courses, "One row per training course; its session months are in Sessions.", "每行一门培训课程；开班月份见 Sessions 表。",
        [
            Id("course", "课程"),
            new("name", CellKind.Text, "What people call the course.", "课程名称。"),
            new("grants", CellKind.Text, "The competency the course gives.", "课程授予的能力。", Required: true, Lists: Competencies),
            new("months", CellKind.Whole, "Length in months, at least 1.", "课程时长（月），至少 1。", Required: true),
            new("capacity", CellKind.Whole, "Seats per session, at least 1; empty = no limit.", "每期名额，至少 1；留空表示不限。"),
            new("cost", CellKind.Whole, "Cost of one seat, 0 or more; empty = 0.", "每个名额的费用，不小于 0；留空为 0。"),
        ]),
        new(Sessions, "One row per course session: the month it starts. Every course needs at least one.", "每行一期课程：开班月份。每门课程至少一期。",
        [
            Owner("course", Courses, "课程"),
            new("month", CellKind.Month, "The month the session starts.", "开班月份。", Required: true),
        ]),
        new(Posts, "One row per post.", "每行一个岗位。",
        [
            Id("post", "岗位"),
            new("office", CellKind.Text, "The office the post belongs to.", "岗位所属处室。", Required: true, Lists: Offices),
            new("workNature", CellKind.Text, "The post's work nature; it sets the rotation cycle.", "岗位的工作性质，决定轮岗周期。", Required: true, Lists: WorkNatures),
            new("title", CellKind.Text, "Job title.", "职务名称。"),
            new("min", CellKind.Whole, "Headcount the post needs; empty = 1.", "岗位最少在岗人数；留空为 1。"),
            new("max", CellKind.Whole, "Headcount the post may never exceed; empty = 1.", "岗位最多在岗人数；留空为 1。"),
            new("critical", CellKind.Flag, "TRUE when min is a hard rule; empty = FALSE.", "为 TRUE 时最少人数为硬性要求；留空为 FALSE。"),
            new("minGrade", CellKind.Whole, "Lowest grade that may start in the post; empty = no bound.", "可调入的最低职级；留空表示不限。"),
            new("maxGrade", CellKind.Whole, "Highest grade that may start in the post; empty = no bound.", "可调入的最高职级；留空表示不限。"),
            new("reviewer", CellKind.Text, "Who reviews newcomers and leavers of the post.", "负责本岗位新人考核和离任考核的人。"),
        ]),
        new(Requires, "One row per competency a post requires.", "每行一项岗位要求的能力。",
        [
            Owner("post", Posts, "岗位"),
            new("competency", CellKind.Text, "A competency needed to start in the post.", "调入本岗位所需的能力。", Required: true, Lists: Competencies),
        ]),
        new(HandoverItems, "One row per item the outgoing holder of a post hands over, in order.", "每行一项岗位交接事项，按交接顺序排列。",
        [
            Owner("post", Posts, "岗位"),
            new("item", CellKind.Text, "What is handed over (keys, credentials, registers).", "交接内容（钥匙、账号、台账等）。", Required: true),
        ]),
        new(Cadres, "One row per cadre (member of staff).", "每行一名干部（工作人员）。",
        [
            Id("cadre", "干部"),
            new("name", CellKind.Text, "Full name.", "姓名。"),
            new("grade", CellKind.Whole, "Grade, compared with the posts' minGrade and maxGrade.", "职级，与岗位的 minGrade、maxGrade 比较。", Required: true),
            new("post", CellKind.Text, "Post held when the plan starts; empty for someone who joins later.", "计划开始时所在岗位；后来加入者留空。", Lists: Posts),
            new("since", CellKind.Month, "Month the cadre started in that post (the plan's start or earlier).", "任现岗位的起始月份（不晚于计划开始月）。"),
            new("joins", CellKind.Month, "First month present, for someone who arrives during the plan.", "计划期间加入者的首个在岗月份。"),
            new("leaves", CellKind.Month, "First month gone, for someone who leaves.", "离开者离开后的第一个月份。"),
            new("locked", CellKind.Flag, "TRUE: never moves; empty = FALSE.", "为 TRUE 时不参与轮岗；留空为 FALSE。"),
        ]),
        new(CadreCompetencies, "One row per competency a cadre already has.", "每行一项干部已具备的能力。",
        [
            Owner("cadre", Cadres, "干部"),
            new("competency", CellKind.Text, "A competency the cadre has.", "干部具备的能力。", Required: true, Lists: Competencies),
        ]),
        new(PastOffices, "One row per office a cadre worked in before.", "每行一个干部曾经工作过的处室。",
        [
            Owner("cadre", Cadres, "干部"),
            new("office", CellKind.Text, "An office the cadre worked in before.", "曾工作过的处室。", Required: true, Lists: Offices),
        ]),
        new(Preferences, "One row per wish or aversion: exactly one of post, office or workNature, and a weight.", "每行一项意愿：岗位、处室、工作性质三者只填一项，并填写权重。",
        [
            Owner("cadre", Cadres, "干部"),
            new("post", CellKind.Text, "A post the cadre likes or dislikes.", "意愿针对的岗位。", Lists: Posts),
            new("office", CellKind.Text, "An office.", "意愿针对的处室。", Lists: Offices),
            new("workNature", CellKind.Text, "A work nature.", "意愿针对的工作性质。", Lists: WorkNatures),
            new("weight", CellKind.Whole, "Positive for a wish, negative for an aversion; counted per month.", "正数表示希望，负数表示不希望；按月计。", Required: true),
        ]),
        new(Unavailable, "One row per absence (leave, secondment, study): from and to included.", "每行一段不在岗时间（休假、借调、学习），含起止月份。",
        [
            Owner("cadre", Cadres, "干部"),
            new("from", CellKind.Month, "First month away.", "开始月份。", Required: true),
            new("to", CellKind.Month, "Last month away (included).", "结束月份（含）。", Required: true),
        ]),
        new(Avoid, "One row per pair of cadres who must never work in the same office in the same month; one side is enough.", "每行一对需回避的干部：同一月份不得在同一处室工作；写一方即可。",
        [
            Owner("cadre", Cadres, "干部"),
            new("avoid", CellKind.Text, "The other cadre.", "需回避的另一名干部。", Required: true, Lists: Cadres),
        ]),
        new(Pins, "One row per decision already taken: the cadre holds the post from one month to another (included).", "每行一项已定安排：干部在起止月份（含）内担任该岗位。",
        [
            Owner("cadre", Cadres, "干部"),
            new("post", CellKind.Text, "The post decided on.", "已定岗位。", Required: true, Lists: Posts),
            new("from", CellKind.Month, "First month of the decision.", "开始月份。", Required: true),
            new("to", CellKind.Month, "Last month of the decision (included).", "结束月份（含）。", Required: true),
        ]),
        new(PolicySheet, "The plan's months and the rotation rules: one row per setting; an empty value means the default shown.", "计划月份和轮岗规则：每行一项设置；值留空即采用所示默认值。",
        [
            new("setting", CellKind.Text, "The setting, as named in docs/scenario.md.", "设置名称，与 docs/scenario.md 一致。", Required: true),
            new("value", CellKind.Text, "Its value (a month, a whole number, or whole numbers separated by commas).", "设置值（月份、整数，或用逗号分隔的整数）。"),
            new("default", CellKind.Text, "The value used when value is empty.", "值留空时采用的默认值。"),
            new("meaning", CellKind.Text, "What the setting does.", "设置的含义。"),
        ]),
        new(Calendar, "One row per holiday on a weekday, or weekend day worked in exchange for one.", "每行一个工作日假日，或调休上班的周末。",
        [
            new("day", CellKind.Day, "The day.", "日期。", Required: true),
            new("kind", CellKind.Text, "holiday or extraWorkday.", "holiday（假日）或 extraWorkday（调休上班日）。", Required: true),
        ]),
        new(Published, "A plan already announced (optional): one row per cadre, one column per month, the post held (empty = none).", "已公布的计划（可选）：每行一名干部，每列一个月份，填所在岗位（留空表示无）。",
        [
            Owner("cadre", Cadres, "干部"),
        ]),
    ];

    public static RosterSheet Sheet(string name) => Sheets.Single(s => s.Name == name);
}
