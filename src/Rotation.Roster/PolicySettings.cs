using System.Collections.Immutable;
using Rotation.Domain.Scenarios;

namespace Rotation.Roster;

/// <summary>
/// One row of the Policy sheet: <paramref name="Name"/> is the setting's JSON path without "$." (so
/// "policy.weights.move" is <c>$.policy.weights.move</c>), <paramref name="Default"/> is shown beside it.
/// </summary>
public sealed record PolicySetting(string Name, CellKind Kind, string Default, string English, string Chinese, Func<Scenario, object?> Value)
{
    public string JsonPath => "$." + Name;
}

/// <summary>The settings of the Policy sheet: the scenario's name and horizon, then every field of its policy.</summary>
public static class PolicySettings
{
    private static readonly Policy D = Policy.Defaults;

    private static PolicySetting Weight(string name, int @default, string english, string chinese, Func<Weights, int> value) =>
        new($"policy.weights.{name}", CellKind.Whole, $"{@default}", english, chinese, s => value(s.Policy.Weights));

    public static readonly ImmutableArray<PolicySetting> All =
    [
        new("name", CellKind.Text, "(empty)", "Name of the scenario, copied into the plan and reports.", "方案名称，写入计划和报告。", s => s.Name.Length == 0 ? null : s.Name),
        new("horizon.start", CellKind.Month, "(required)", "First month of the plan.", "计划的第一个月份。", s => s.Horizon.Start),
        new("horizon.months", CellKind.Whole, "(required)", "How many months to plan, 1 to 600.", "计划月数，1 至 600。", s => s.Horizon.Months),
        new("policy.tenure.default.min", CellKind.Whole, $"{D.Tenure.Default.Min}", "Fewest months in one post before moving, for work natures without their own.", "在一个岗位的最短任职月数（工作性质未单独设置时）。", s => s.Policy.Tenure.Default.Min),
        new("policy.tenure.default.max", CellKind.Whole, $"{D.Tenure.Default.Max}", "Most months in one post, for work natures without their own.", "在一个岗位的最长任职月数（工作性质未单独设置时）。", s => s.Policy.Tenure.Default.Max),
        new("policy.maxMovesPerMonth", CellKind.Whole, "(no limit)", "Most moves in one month across the organisation.", "全单位每月最多调动人次。", s => s.Policy.MaxMovesPerMonth),
        new("policy.maxDeparturesPerOfficePerMonth", CellKind.Whole, "(no limit)", "Most moves out of one office's posts in one month.", "每个处室每月最多调出人次。", s => s.Policy.MaxDeparturesPerOfficePerMonth),
        new("policy.noReturnMonths", CellKind.Whole, $"{D.NoReturnMonths}", "Months before someone may hold a post they moved out of again.", "调离某岗位后多少个月内不得回任。", s => s.Policy.NoReturnMonths),
        new("policy.fairMoves", CellKind.Whole, $"{D.FairMoves}", "Moves per person before each further move costs the excessMoves weight.", "每人调动超过此次数后，每次额外调动计入 excessMoves 权重。", s => s.Policy.FairMoves),
        new("policy.handoverDays", CellKind.Whole, $"{D.HandoverDays}", "Working days of each handover window, 1 to 250.", "每次交接的工作日天数，1 至 250。", s => s.Policy.HandoverDays),
        new("policy.checkpointMonths", CellKind.WholeList, string.Join(", ", D.CheckpointMonths), "Months after starting in a post at which someone is reviewed, separated by commas.", "调入新岗位后进行考核的月数，用逗号分隔。", s => s.Policy.CheckpointMonths),
        new("policy.freezeMonths", CellKind.Whole, $"{D.FreezeMonths}", "With a published plan: months from the start that may not differ from it.", "有已公布计划时：从开始起不得改动的月数。", s => s.Policy.FreezeMonths),
        Weight("vacancy", Weights.Defaults.Vacancy, "Cost per missing person per month at a post that is not critical.", "非关键岗位每缺一人一个月的代价。", w => w.Vacancy),
        Weight("move", Weights.Defaults.Move, "Cost per move.", "每次调动的代价。", w => w.Move),
        Weight("excessMoves", Weights.Defaults.ExcessMoves, "Cost per move of one person beyond fairMoves.", "个人调动超过 fairMoves 后每次的代价。", w => w.ExcessMoves),
        Weight("trainingCost", Weights.Defaults.TrainingCost, "Cost per unit of course cost.", "课程费用每单位的代价。", w => w.TrainingCost),
        Weight("crossOffice", Weights.Defaults.CrossOffice, "Reward per person and office new to them.", "每人每进入一个新处室的奖励。", w => w.CrossOffice),
        Weight("preference", Weights.Defaults.Preference, "Reward per unit of preference weight met, per month.", "每月满足意愿权重每单位的奖励。", w => w.Preference),
        Weight("change", Weights.Defaults.Change, "Cost per person-month that differs from the published plan.", "与已公布计划不同的每人每月的代价。", w => w.Change),
    ];
}
