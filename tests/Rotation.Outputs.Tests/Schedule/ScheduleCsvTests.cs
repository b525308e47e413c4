using Rotation.Outputs.Schedule;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Schedule;

public class ScheduleCsvTests
{
    [Fact]
    public void The_seed_plan_gives_the_golden_file() =>
        Golden.Matches("Schedule/golden/schedule.csv", ScheduleCsv.ToUtf8(Seed.View));

    [Fact]
    public void Each_cadre_row_holds_the_plan_posts_month_by_month()
    {
        var records = CsvText.Records(ScheduleCsv.ToUtf8(Seed.View));

        Assert.Equal(Seed.Plan.Assignments.Select(a => a.Cadre), records.Select(r => r["cadre"]));
        foreach (var (a, r) in Seed.Plan.Assignments.Zip(records))
            Assert.Equal(a.Posts.Select(p => p ?? ""), Seed.Plan.Months.Select(m => r[m]));
        Assert.Equal("张伟", records[0]["name"]);
    }
}
