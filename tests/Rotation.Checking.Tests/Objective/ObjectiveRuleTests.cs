using Rotation.Domain.Plans;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Objective;

public class ObjectiveRuleTests
{
    private static readonly Terms Hand = TermsExample.Hand;

    private static Plan Reported(Terms terms, long objective, double? bound = null, PlanStatus status = PlanStatus.Feasible) =>
        TermsExample.Plan() with { Terms = terms, Objective = objective, BestBound = bound ?? objective, Status = status };

    [Fact]
    public void Hand_counted_terms_with_the_default_weights_hold()
    {
        // 1000·4 + 10·4 + 30·1 + 1·13 − 40·3 − 1·6 + 20·2 = 3997.
        Holds(TermsExample.S, Reported(Hand, 3997));
    }

    [Fact]
    public void The_objective_uses_the_scenarios_weights()
    {
        var s = TermsExample.With(policy: """
            , "weights": { "vacancy": 7, "move": 3, "excessMoves": 11, "trainingCost": 2, "crossOffice": 5, "preference": 13, "change": 17 }
            """);
        var plan = TermsExample.Plan(s);

        // 7·4 + 3·4 + 11·1 + 2·13 − 5·3 − 13·6 + 17·2 = 28 + 12 + 11 + 26 − 15 − 78 + 34 = 18.
        Holds(s, plan with { Terms = Hand, Objective = 18, BestBound = 18 });
        Assert.Equal([new Found("§4", "objective")], Check(s, plan with { Terms = Hand, Objective = 3997, BestBound = 3997 }));
    }

    [Theory]
    [InlineData("vacancy", "§4", "terms.vacancy")]
    [InlineData("moves", "H2", "moves")]
    [InlineData("excessMoves", "§4", "terms.excessMoves")]
    [InlineData("trainingCost", "§4", "terms.trainingCost")]
    [InlineData("crossOffice", "§4", "terms.crossOffice")]
    [InlineData("preference", "§4", "terms.preference")]
    [InlineData("changes", "§4", "terms.changes")]
    public void A_wrong_term_is_reported_under_its_own_id(string term, string code, string id)
    {
        var wrong = term switch
        {
            "vacancy" => Hand with { Vacancy = 5 },
            "moves" => Hand with { Moves = 5 },
            "excessMoves" => Hand with { ExcessMoves = 2 },
            "trainingCost" => Hand with { TrainingCost = 10 },
            "crossOffice" => Hand with { CrossOffice = 4 },
            "preference" => Hand with { Preference = 5 },
            _ => Hand with { Changes = 3 },
        };

        // The objective is the formula over the wrong terms, so only the term is at fault.
        Assert.Equal([new Found(code, id)], Check(TermsExample.S, Reporting(TermsExample.S, TermsExample.Plan(), wrong)));
    }

    [Fact]
    public void An_objective_off_the_formula_is_reported() =>
        Assert.Equal([new Found("§4", "objective")], Check(TermsExample.S, Reported(Hand, 3996, bound: 3990)));

    [Fact]
    public void A_missing_objective_is_reported() =>
        Assert.Equal([new Found("§4", "objective")], Check(TermsExample.S, Reported(Hand, 0) with { Objective = null }));

    [Fact]
    public void A_bound_above_the_objective_is_reported() =>
        Assert.Equal([new Found("§4", "objective.bound")], Check(TermsExample.S, Reported(Hand, 3997, bound: 3998)));

    [Fact]
    public void A_bound_below_the_objective_holds_for_a_feasible_plan_but_not_an_optimal_one()
    {
        Holds(TermsExample.S, Reported(Hand, 3997, bound: 3900));
        Assert.Equal([new Found("§4", "objective.bound")], Check(TermsExample.S, Reported(Hand, 3997, bound: 3900, status: PlanStatus.Optimal)));
    }
}
