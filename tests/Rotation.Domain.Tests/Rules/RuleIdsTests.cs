using Rotation.Domain.Rules;

namespace Rotation.Domain.Tests.Rules;

/// <summary>The ids are part of the plan file's contract (SPEC §3, §5): spelt out here once, so a rename cannot slip by.</summary>
public class RuleIdsTests
{
    [Fact]
    public void Every_family_has_its_spec_code_and_id()
    {
        Assert.Equal(
        [
            ("H1", "presence"), ("H2", "moves"), ("H3", "headcount"), ("H4", "grade"), ("H5", "competency"),
            ("H6", "tenure"), ("H7", "availability"), ("H8", "blackout"), ("H9", "throughput"), ("H10", "training"),
            ("H11", "avoidance"), ("H12", "locked"), ("H13", "noReturn"), ("H14", "freeze"), ("H15", "pin"),
        ], HardRule.All.Select(r => (r.Code, r.Id)));
    }

    [Fact]
    public void The_parts_of_a_family_are_its_id_a_dot_and_the_part()
    {
        Assert.Equal(
            ["headcount.max", "headcount.min", "tenure.min", "tenure.max", "tenure.start", "throughput.month", "throughput.office"],
            [RuleIds.HeadcountMax, RuleIds.HeadcountMin, RuleIds.TenureMin, RuleIds.TenureMax, RuleIds.TenureStart,
                RuleIds.ThroughputMonth, RuleIds.ThroughputOffice]);
        Assert.Equal("unexplained", RuleIds.Unexplained);
    }

    [Theory]
    [InlineData("tenure", true)]
    [InlineData("noReturn", true)]
    [InlineData("tenure.max", false)]
    [InlineData("vacancy", false)]
    public void Only_a_family_id_is_a_family(string id, bool family)
    {
        Assert.Equal(family, HardRule.IsFamily(id));
    }
}
