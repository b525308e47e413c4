using Rotation.Cli.Commands;
using Rotation.Domain.Plans;

namespace Rotation.Cli.Tests.Commands;

public class SolveSummaryTests
{
    private static readonly Domain.Scenarios.Scenario Scenario = OneCadre.Scenario;

    private static readonly Plan NoPlan = PlanAssembler.Empty(Scenario, PlanStatus.Unknown, [], 59.9);

    [Fact]
    public void A_solve_without_a_plan_at_its_limit_says_so() =>
        Assert.Equal("Unknown after 59.9 s: no plan found within the time limit. Written out/plan.json.",
            SolveCommand.Summary(NoPlan, "out/plan.json", stopped: false));

    [Fact]
    public void A_solve_stopped_by_a_signal_before_any_plan_says_it_was_stopped() =>
        Assert.Equal("Unknown after 59.9 s: no plan found before the solve was stopped. Written out/plan.json.",
            SolveCommand.Summary(NoPlan, "out/plan.json", stopped: true));
}
