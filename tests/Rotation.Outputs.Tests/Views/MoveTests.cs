using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Views;

public class MoveTests
{
    [Fact]
    public void Moves_are_changes_of_post_by_month_and_joining_is_not_one()
    {
        Assert.Equal(
            [new Move("c1", "2027-03", "p", "q", "a", "b"), new Move("c2", "2027-03", "q", "r", "b", "a")],
            Tiny.View.Moves.ToArray());
        Assert.All(Tiny.View.Moves, m => Assert.True(m.CrossesOffices));
    }

    [Fact]
    public void The_seed_plan_has_as_many_moves_as_its_moves_term() =>
        Assert.Equal(Seed.Plan.Terms.Moves, Seed.View.Moves.Length);
}
