using System.Text;
using Ical.Net;
using Rotation.Domain.Plans;
using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Checkpoints;

public class CheckpointCalendarTests
{
    private static byte[] Seeded() => CheckpointCalendar.ToUtf8(Seed.View, Seed.Made);

    [Fact]
    public void The_seed_plan_gives_the_golden_file() =>
        Golden.Matches("Checkpoints/golden/checkpoints.ics", Seeded());

    [Fact]
    public void The_file_parses_back_with_one_all_day_event_per_checkpoint()
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(Seeded()))!;

        var events = calendar.Events.ToArray();
        Assert.Equal(Seed.Plan.Checkpoints.Length, events.Length);
        foreach (var (e, c) in events.Zip(Seed.Plan.Checkpoints))
        {
            Assert.Equal(CheckpointSheet.Uid(Seed.Plan.Scenario, c), e.Uid);
            Assert.Equal(c.Date, e.DtStart!.Date);
            Assert.False(e.DtStart.HasTime);
            Assert.Equal([c.Kind], e.Categories);
            Assert.Contains(Seed.View.CadreLabel(c.Cadre), e.Summary);
            Assert.Contains($"Reviewer: {c.Reviewer}", e.Description);
            Assert.Equal(Seed.Made.UtcDateTime, e.DtStamp!.AsUtc);
        }
        Assert.Equal(events.Length, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void A_checkpoint_keeps_its_uid_when_the_plan_changes_and_a_different_one_gets_another()
    {
        var c = Seed.Plan.Checkpoints[0];
        var moved = c with { Date = c.Date.AddDays(3), Reviewer = "someone else" };

        Assert.Equal(CheckpointSheet.Uid("s", c), CheckpointSheet.Uid("s", moved));
        Assert.NotEqual(CheckpointSheet.Uid("s", c), CheckpointSheet.Uid("s", c with { Month = "2030-01" }));
        Assert.NotEqual(CheckpointSheet.Uid("s", c), CheckpointSheet.Uid("s", c with { Kind = CheckpointKind.Review }));
        Assert.NotEqual(CheckpointSheet.Uid("s", c), CheckpointSheet.Uid("other scenario", c));
    }
}
