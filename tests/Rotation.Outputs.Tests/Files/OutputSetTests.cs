using Rotation.Domain.Plans;
using Rotation.Outputs.Files;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Files;

public sealed class OutputSetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rotation-outputs-").FullName;

    [Fact]
    public void A_plan_writes_every_listed_file_with_plan_json_last()
    {
        var written = OutputSet.Write(Seed.Scenario, Seed.Plan, _dir, new FixedClock(Seed.Made));

        Assert.Equal(OutputSet.Files, written.Select(Path.GetFileName));
        Assert.Equal(OutputSet.PlanFile, Path.GetFileName(written[^1]));
        Assert.Equal(OutputSet.Files.Order(), Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_plan_without_assignments_writes_only_the_report_and_plan_json()
    {
        var plan = PlanAssembler.Empty(Seed.Scenario, PlanStatus.Unknown, [], 5);

        var written = OutputSet.Write(Seed.Scenario, plan, _dir, new FixedClock(Seed.Made));

        Assert.Equal(["report.html", "plan.json"], written.Select(Path.GetFileName));
    }

    [Fact]
    public void A_plan_without_assignments_removes_an_earlier_solves_schedule_and_leaves_other_files_alone()
    {
        OutputSet.Write(Seed.Scenario, Seed.Plan, _dir, new FixedClock(Seed.Made));
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "HR's own file");

        OutputSet.Write(Seed.Scenario, PlanAssembler.Empty(Seed.Scenario, PlanStatus.Unknown, [], 5), _dir, new FixedClock(Seed.Made));

        Assert.Equal(["notes.txt", "plan.json", "report.html"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
