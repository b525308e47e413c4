using Rotation.Checking;
using Rotation.Domain.Rules;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Tests.Rules;

/// <summary>The checker and the CP model enforce the same hard-rule families, in SPEC order, under the same ids.</summary>
public class RuleListTests
{
    [Fact]
    public void The_model_posts_every_hard_rule_family_in_spec_order()
    {
        Assert.Equal(HardRule.All.Select(r => r.Id), ModelBuilder.Rules().Select(r => r.Id));
    }

    [Fact]
    public void The_checker_checks_every_hard_rule_family_in_spec_order_under_its_code()
    {
        var hard = PlanChecker.Rules.Where(r => HardRule.IsFamily(r.Id));

        Assert.Equal(HardRule.All.Select(r => (r.Code, r.Id)), hard.Select(r => (r.Code, r.Id)));
    }

    [Fact]
    public void The_checker_and_the_model_cover_the_same_families()
    {
        var checker = PlanChecker.Rules.Where(r => r.Code.StartsWith('H')).Select(r => r.Id).Order();
        var model = ModelBuilder.Rules().Select(r => r.Id).Order();

        Assert.Equal(checker, model);
    }
}
