using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Views;

public class PlanViewTests
{
    [Fact]
    public void Checkpoints_at_a_cadre_and_month_are_the_plans_own_in_its_order()
    {
        var plan = Seed.Plan;

        foreach (var group in plan.Checkpoints.GroupBy(c => (c.Cadre, c.Month)))
            Assert.Equal(group.ToList(), Seed.View.CheckpointsAt(group.Key.Cadre, group.Key.Month).ToList());
        Assert.Empty(Seed.View.CheckpointsAt(plan.Assignments[0].Cadre, "1999-01"));
    }

    [Fact]
    public void Trainings_of_a_cadre_are_theirs_alone_with_the_months_they_take()
    {
        var plan = Seed.Plan;
        Assert.NotEmpty(plan.Trainings);

        foreach (var cadre in plan.Trainings.Select(t => t.Cadre).Distinct())
        {
            var trainings = Seed.View.TrainingsOf(cadre).ToList();
            Assert.Equal(plan.Trainings.Where(t => t.Cadre == cadre).ToList(), trainings.Select(t => t.Training).ToList());
            Assert.All(trainings, t => Assert.Equal(t.Course.Months - 1, t.Last.MonthsSince(t.First)));
        }
    }
}
