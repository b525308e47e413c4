using Rotation.Domain.Time;
using Rotation.Outputs.Records;
using Rotation.Outputs.Tests.Support;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Records;

public class CadreRecordTests
{
    private static Stint Stint(string post, string first, string last) => new(post, YearMonth.Parse(first), YearMonth.Parse(last));

    [Fact]
    public void Each_stint_runs_from_its_first_month_to_its_last_and_the_starting_one_from_when_it_began()
    {
        var records = CadreRecord.Of(Tiny.View).ToDictionary(r => r.Cadre.Id);

        Assert.Equal<Stint>([Stint("p", "2025-01", "2027-02"), Stint("q", "2027-03", "2027-06")], records["c1"].Stints);
        Assert.Equal<Stint>([Stint("q", "2025-01", "2027-02"), Stint("r", "2027-03", "2027-06")], records["c2"].Stints);
        // A joiner's first stint starts when they join, inside the horizon.
        Assert.Equal<Stint>([Stint("p", "2027-02", "2027-06")], records["c3"].Stints);
    }

    [Fact]
    public void A_post_held_twice_is_two_stints_and_one_post()
    {
        var plan = Tiny.Plan with
        {
            Assignments = [.. Tiny.Plan.Assignments.Select(a => a.Cadre == "c1" ? a with { Posts = ["p", "p", "q", "q", "p", "p"] } : a)],
        };

        var ann = CadreRecord.Of(new PlanView(Tiny.Scenario, plan)).First();

        Assert.Equal<Stint>([Stint("p", "2025-01", "2027-02"), Stint("q", "2027-03", "2027-04"), Stint("p", "2027-05", "2027-06")], ann.Stints);
        Assert.Equal(["p", "q"], ann.Posts);
    }
}
