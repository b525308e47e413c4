using Rotation.Domain.Plans;
using Rotation.Outputs.Report;
using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Report;

public class SummaryTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public void The_sentence_counts_moves_and_trainings_and_names_the_posts_left_short()
    {
        Assert.Equal(
            "2 moves (2 between offices), nobody past their maximum tenure, 1 post left short for 2 post-months (r: 2 months), " +
            "1 training; every rule checked on 2026-12-01 for tiny.json.",
            Summary.Sentence(Tiny.View, Day, "tiny.json"));
    }

    [Fact]
    public void The_chinese_sentence_gives_the_same_counts_without_plurals()
    {
        Assert.Equal(
            "共 2 次轮岗（2 次跨部门），无人超过最长任期，1 个岗位累计缺员 2 个岗位月（r：2 个月），1 次培训；" +
            "已于 2026-12-01 按 tiny.json 核验全部规则。",
            Summary.Sentence(Tiny.View, Day, "tiny.json", ReportWording.Chinese));
    }

    [Fact]
    public void The_chinese_sentence_without_a_short_post_or_a_file_names_the_scenario_in_chinese_quotes()
    {
        var optional = Tiny.Scenario with { Posts = [.. Tiny.Scenario.Posts.Select(p => p.Id == "r" ? p with { Min = 0 } : p)] };

        var sentence = Summary.Sentence(new PlanView(optional, Tiny.Plan), Day, null, ReportWording.Chinese);

        Assert.Equal("共 2 次轮岗（2 次跨部门），无人超过最长任期，无岗位缺员，1 次培训；已于 2026-12-01 按场景“tiny”核验全部规则。", sentence);
    }

    [Fact]
    public void Shortfalls_are_the_months_a_post_has_fewer_available_holders_than_its_minimum() =>
        Assert.Equal([new Shortfall("r", 2, 2)], Summary.Shortfalls(Tiny.View).ToArray());

    [Fact]
    public void A_plan_with_no_post_short_says_no_post_is_left_short_and_names_the_scenario_without_a_file()
    {
        var optional = Tiny.Scenario with { Posts = [.. Tiny.Scenario.Posts.Select(p => p.Id == "r" ? p with { Min = 0 } : p)] };

        var sentence = Summary.Sentence(new PlanView(optional, Tiny.Plan), Day, null);

        Assert.Equal("2 moves (2 between offices), nobody past their maximum tenure, no post left short, 1 training; " +
                     "every rule checked on 2026-12-01 for scenario “tiny”.", sentence);
    }

    [Fact]
    public void The_seed_shortfalls_add_up_to_its_vacancy_term() =>
        Assert.Equal(Seed.Plan.Terms.Vacancy, Summary.Shortfalls(Seed.View).Sum(s => s.Missing));

    [Fact]
    public void An_infeasible_plan_says_there_is_no_plan() =>
        Assert.Equal("No plan: the rules of tiny.json cannot all hold together (see the conflicts below).",
            Summary.Sentence(new PlanView(Tiny.Scenario, PlanAssembler.Empty(Tiny.Scenario, PlanStatus.Infeasible, ["x"], 1)), Day, "tiny.json"));

    [Fact]
    public void An_infeasible_plan_says_in_chinese_that_there_is_no_plan() =>
        Assert.Equal("因 tiny.json 中的规则无法同时满足，没有可行方案（冲突规则见下文）。",
            Summary.Sentence(new PlanView(Tiny.Scenario, PlanAssembler.Empty(Tiny.Scenario, PlanStatus.Infeasible, ["x"], 1)), Day, "tiny.json",
                ReportWording.Chinese));
}
