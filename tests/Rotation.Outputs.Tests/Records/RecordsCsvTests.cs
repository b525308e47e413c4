using Rotation.Outputs.Records;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Records;

public class RecordsCsvTests
{
    [Fact]
    public void Each_cadre_has_the_offices_posts_courses_and_checkpoints_of_the_plan()
    {
        var records = CsvText.Records(RecordsCsv.ToUtf8(Tiny.View));

        Assert.Equal(RecordsCsv.Header, records[0].Keys);
        Assert.Equal(["c1", "c2", "c3"], records.Select(r => r["cadre"]));
        var ann = records[0];
        Assert.Equal("Ann", ann["name"]);
        Assert.Equal("Office A; Office B", ann["offices"]);
        Assert.Equal("p (Clerk); q (Counsel)", ann["posts"]);
        Assert.Equal("1", ann["moves"]);
        Assert.Equal("Office B", ann["newOffices"]);
        Assert.Equal("law", ann["competenciesGained"]);
        Assert.Equal("Law basics (law-1) 2027-01–2027-01", ann["courses"]);
        Assert.Equal(string.Join("; ", Tiny.Plan.Checkpoints.Where(c => c.Cadre == "c1").Select(c => $"{c.Date:yyyy-MM-dd} {c.Kind}")), ann["checkpoints"]);
        Assert.Equal("2027-02-24 exit; 2027-05-03 onboarding", ann["checkpoints"]);
        var bob = records[1];
        Assert.Equal(("Office B; Office A", "q (Counsel); r", "Office A", "", ""), (bob["offices"], bob["posts"], bob["newOffices"], bob["competenciesGained"], bob["courses"]));
        var cy = records[2];
        // Joining is neither a move nor a new office: the office one joins is where one starts.
        Assert.Equal(("Office A", "p (Clerk)", "0", ""), (cy["offices"], cy["posts"], cy["moves"], cy["newOffices"]));
    }

    [Fact]
    public void The_seed_records_count_every_move_once() =>
        Assert.Equal(Seed.Plan.Terms.Moves, CsvText.Records(RecordsCsv.ToUtf8(Seed.View)).Sum(r => long.Parse(r["moves"])));
}
