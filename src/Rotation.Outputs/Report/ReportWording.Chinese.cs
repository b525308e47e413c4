using Rotation.Domain.Plans;
using Rotation.Outputs.Handovers;

namespace Rotation.Outputs.Report;

// Simplified Chinese as an HR office writes it, with a space between Chinese and Latin letters or digits.
public sealed partial class ReportWording
{
    public static ReportWording Chinese { get; } = new()
    {
        Code = "zh",
        HtmlLang = "zh-CN",
        Title = "轮岗方案",
        Colon = "：",
        ListSeparator = "、",
        EntrySeparator = "；",
        Nothing = "无",
        MonthSpan = (first, last) => first == last ? first : $"{first} 至 {last}",
        WorkingDays = n => $"{n} 个工作日",
        CourseInMonths = (course, months) => $"{course}，{months}",

        Summary = f =>
            $"共 {N(f.Moves)} 次轮岗（{N(f.AcrossOffices)} 次跨部门），无人超过最长任期，{ChineseShortPosts(f)}，{N(f.Trainings)} 次培训；" +
            $"已于 {Wording.Day(f.CheckedOn)} 按{ChineseInput(f)}核验全部规则。",
        InfeasibleSummary = f => $"因{ChineseInput(f)}中的规则无法同时满足，没有可行方案（冲突规则见下文）。",
        NotFoundSummary = f => $"未能在时限内为{ChineseInput(f)}找到方案；以下内容并非方案。",
        ConflictsIntro = "没有能满足全部规则的方案。以下规则无法同时满足：",
        NotFoundAdvice = "在时限内未找到方案；请用更长的 --time-limit 重新求解。",

        Moves = "轮岗次数",
        MovesExplain = across => $"调换岗位的人次（其中 {across} 次调往其他部门）；入职、离职不计为轮岗",
        CrossOffice = "跨部门经历",
        CrossOfficeExplain = "到新部门工作的人次：该部门既非本人曾任职的部门，也非其起始部门",
        Vacancy = "缺员月数",
        VacancyExplain = "非关键岗位低于最低配置时所缺人数 × 月数；关键岗位从不缺员",
        Trainings = "培训人次",
        TrainingsExplain = "已预订的培训名额，均在需要该能力的岗位任职前完成",
        PreferenceMet = "意愿满足",
        PreferenceExplain = "已满足的个人意愿（岗位、部门、工作性质）的权重，逐月累计",
        Objective = "目标值",
        ObjectiveExplain = (bound, gap) => $"方案的综合得分，越低越好；最优下界 {bound}，差距 {gap}（差距为 0 % 即证明没有更优方案）",

        HorizonSpan = (months, start) => $"自 {start} 起，共 {months} 个月",
        Status = "求解状态",
        StatusName = status => status switch
        {
            PlanStatus.Optimal => "最优",
            PlanStatus.Feasible => "可行",
            PlanStatus.Infeasible => "不可行",
            _ => "未求得",
        },
        BestBound = "最优下界",
        Gap = "差距",
        SolveSeconds = "求解用时（秒）",
        Cadres = "干部人数",
        Handovers = "岗位交接",
        Checkpoints = "考核节点",

        MovesPerMonth = "每月轮岗人次",
        MovesInMonth = (month, n) => $"{month}：{n} 次轮岗",
        MovesByMonth = "逐月轮岗明细",
        NoMoves = "本方案中无人调换岗位。",
        Month = "月份",
        Who = "人员",
        FromPost = "原岗位",
        ToPost = "新岗位",
        HandoverWindow = "交接期",
        TrainingFirst = "岗前培训",

        Exchange = "部门间人员互通",
        ExchangeNote = "由行所示部门调往列所示部门的轮岗人次；灰色对角线为同一部门内不同岗位之间的轮岗。",
        FromTo = "调出 \\ 调入",
        TotalOut = "调出合计",
        TotalIn = "调入合计",

        Timeline = "任职时间线",
        LegendColour = "底色：所任岗位所属部门",
        LegendLabel = "文字：任期开始时所任岗位",
        LegendMove = "→ 轮岗或入职",
        LegendCheckpoint = "● 到岗考核或定期考核",
        LegendExit = "◆ 离任考核",
        LegendTraining = "深色底边：培训期间",
        LegendAway = "斜纹：休假或借调",
        LegendAbsent = "白色：不在岗（尚未入职或已离开）",
        LegendHover = "鼠标悬停于单元格可查看详情",
        Cadre = "干部",
        NotPresent = "不在岗",
        Joins = "入职",
        MovesFrom = post => $"由 {post} 调入",
        InTraining = course => $"培训：{course}",
        Unavailable = "休假或借调",
        CheckpointKindName = kind => kind switch
        {
            CheckpointKind.Onboarding => "到岗考核",
            CheckpointKind.Review => "定期考核",
            CheckpointKind.Exit => "离任考核",
            _ => kind,
        },
        CheckpointNote = (kind, day) => $"{kind} {day}",

        TrainingsHeading = "培训安排",
        Course = "课程",
        Months = "月份",
        CompetencyGained = "获得能力",

        Headcount = "各部门每月任职人数",
        HeadcountNote = "各部门所辖岗位的任职人数；红色：实际在岗人数少于各岗位最低配置之和；琥珀色：任职人数多于各岗位最高配置之和。",
        OfficeBand = "部门（最低–最高）",
        HoldersNote = (month, holders, available) => $"{month}：任职 {holders} 人，实际在岗 {available} 人",
        HeadcountChartNote = "折线为各部门每月任职人数，绿色区间为其岗位最低配置之和至最高配置之和；" +
                             "红点表示实际在岗人数不足，琥珀色点表示超过最高配置。",
        HeadcountChartTitle = (office, min, max) => $"{office}：每月任职人数（配置区间 {min}–{max}）",
        Band = (min, max) => $"配置区间 {min}–{max}",

        Terms = "目标函数构成",
        Term = "项目",
        Count = "数量",
        Weight = "权重",
        Contribution = "贡献值",
        VacancyTerm = "缺员（非关键岗位缺员月数）",
        ExcessMovesTerm = "超出均衡份额的轮岗",
        TrainingCostTerm = "培训成本",
        CrossOfficeTerm = "新增跨部门经历",
        ChangesTerm = "对已公布方案的改动",

        Records = "轮岗档案",
        RecordsNote = "每名干部一份档案，按名单顺序排列；打印时每份单独成页。",
        RecordCaption = scenario => $"轮岗档案 · {scenario}",
        Offices = "任职部门",
        Posts = "任职岗位",
        NewOffices = "新到部门",
        CompetenciesGained = "新获能力",
        Courses = "参加培训",
    };

    private static string ChineseShortPosts(SummaryFigures f) =>
        f.Shortfalls.IsEmpty
            ? "无岗位缺员"
            : $"{N(f.Shortfalls.Length)} 个岗位累计缺员 {N(f.Shortfalls.Sum(s => s.Months))} 个岗位月" +
              $"（{string.Join("、", f.Shortfalls.Select(s => $"{s.Post}：{N(s.Months)} 个月"))}）";

    // Spaced when it is a file name, which is Latin letters as a rule; the scenario's name sits in Chinese quotes.
    private static string ChineseInput(SummaryFigures f) => f.Source is { } file ? $" {file} " : $"场景“{f.Scenario}”";
}
