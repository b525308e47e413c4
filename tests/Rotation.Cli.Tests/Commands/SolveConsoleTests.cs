using System.Collections.Immutable;
using Rotation.Cli.Commands;
using Rotation.Domain.Plans;
using Rotation.Solver;

namespace Rotation.Cli.Tests.Commands;

public class SolveConsoleTests
{
    private static readonly Domain.Scenarios.Scenario Scenario = OneCadre.Scenario;

    private static readonly string[] Written = ["out/report.html", "out/schedule.csv", "out/plan.json"];

    private static Plan Found(PlanStatus status, long objective, double bound, long vacancy = 0) => PlanAssembler.Assemble(Scenario,
        new Decisions(new Dictionary<string, IReadOnlyList<string?>> { ["c1"] = ["p", "p"] }, ImmutableArray<Training>.Empty), status,
        Terms.Zero with { Vacancy = vacancy }, objective, bound, 4.2);

    [Fact]
    public void A_plan_that_leaves_a_post_short_says_so_first()
    {
        var lines = SolveConsole.Closing(Found(PlanStatus.Feasible, -100, -150, vacancy: 3), Written, "out", 60, stopped: false).ToList();

        Assert.Equal("Tip: 3 post-months of cover stay short (see vacancy in report.html). More time (--time-limit 120) may fill " +
                     "them; if not, the rules leave too few people for those posts.", lines[^1]);
    }

    [Fact]
    public void The_start_line_says_what_is_solved_and_how()
    {
        Assert.Equal("Solving one: 1 cadre, 1 post, 1 office, 2 months from 2027-01. Time limit 60 s, 2 workers, seed 7.",
            SolveConsole.StartLine(Scenario, 60, 2, 7));
    }

    [Fact]
    public void A_proven_plan_lists_the_files_and_where_to_start_reading_without_a_tip()
    {
        var lines = SolveConsole.Closing(Found(PlanStatus.Optimal, -10, -10), Written, "out", 60, stopped: false).ToList();

        Assert.Equal(["Files in out: plan.json, report.html, schedule.csv.", "Open out/report.html to read the plan."], lines);
    }

    [Fact]
    public void A_plan_far_from_its_bound_suggests_more_time()
    {
        var lines = SolveConsole.Closing(Found(PlanStatus.Feasible, -100, -150), Written, "out", 60, stopped: false).ToList();

        Assert.Equal("Tip: the plan is not proven best: its objective is 50 % from the bound. More time (--time-limit 120) may find " +
                     "a better one; the bound may also be loose.", lines[^1]);
    }

    [Fact]
    public void A_plan_near_its_bound_gets_no_tip()
    {
        var lines = SolveConsole.Closing(Found(PlanStatus.Feasible, -100, -119), Written, "out", 60, stopped: false).ToList();

        Assert.DoesNotContain(lines, l => l.StartsWith("Tip:", StringComparison.Ordinal));
    }

    [Fact]
    public void No_plan_in_time_suggests_a_longer_limit()
    {
        var lines = SolveConsole.Closing(PlanAssembler.Empty(Scenario, PlanStatus.Unknown, [], 5), ["out/report.html", "out/plan.json"], "out", 5,
            stopped: false).ToList();

        Assert.Equal("Open out/report.html for the status and the reasons.", lines[1]);
        Assert.StartsWith("Tip: no plan came within 5 s. Run again with more time, such as --time-limit 30", lines[2]);
    }

    [Fact]
    public void A_stopped_solve_says_its_plan_is_the_best_so_far()
    {
        var lines = SolveConsole.Closing(Found(PlanStatus.Feasible, -100, -150), Written, "out", 60, stopped: true).ToList();

        Assert.Equal("Tip: the solve was stopped early; this is the best plan found by then.", lines[^1]);
    }

    [Fact]
    public void Piped_progress_comes_as_plain_lines_in_the_order_reported()
    {
        var error = new StringWriter();
        var console = new SolveConsole(error, live: false);

        var result = console.Run(() =>
        {
            console.Report(new SolveProgress(1.5, -10, -20, 1));
            console.Report(new SolveProgress(3.25, -12, -20, 2));
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(["      1.5 s  plan #1   objective      -10  bound        -20  gap  100.0 %",
                      "      3.3 s  plan #2   objective      -12  bound        -20  gap   66.7 %"],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
