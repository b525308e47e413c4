using Rotation.Outputs.Schedule;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Schedule;

public class HeadcountTests
{
    [Fact]
    public void Holders_per_office_and_month_add_up_to_every_present_cadre()
    {
        var offices = Headcount.ByOffice(Seed.View);

        Assert.Equal(Seed.Scenario.Offices.Select(o => o.Id), offices.Select(o => o.Office));
        for (var t = 0; t < Seed.Plan.Months.Length; t++)
            Assert.Equal(Seed.Plan.Assignments.Count(a => a.Posts[t] is not null), offices.Sum(o => o.Months[t].Holders));
    }

    [Fact]
    public void An_office_range_is_the_sum_of_its_posts_min_and_max()
    {
        var legal = Headcount.ByOffice(Seed.View).Single(o => o.Office == "legal").Months[0];

        var posts = Seed.Scenario.Posts.Where(p => p.Office == "legal").ToArray();
        Assert.Equal((posts.Sum(p => p.Min), posts.Sum(p => p.Max)), (legal.Min, legal.Max));
        Assert.Equal(Seed.Plan.Assignments.Count(a => a.Posts[0] is { } p && p.StartsWith("legal-")), legal.Holders);
    }
}
