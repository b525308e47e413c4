using Rotation.Outputs.Checkpoints;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Checkpoints;

public class CheckpointCsvTests
{
    [Fact]
    public void The_seed_plan_gives_the_golden_file() =>
        Golden.Matches("Checkpoints/golden/checkpoints.csv", CheckpointCsv.ToUtf8(Seed.View));

    [Fact]
    public void Every_checkpoint_row_of_the_plan_appears_once_in_plan_order()
    {
        var records = CsvText.Records(CheckpointCsv.ToUtf8(Seed.View));

        Assert.Equal(Seed.Plan.Checkpoints.Select(c => string.Join("|", c.Cadre, c.Post, c.Kind, c.Month, c.Date.ToString("yyyy-MM-dd"), c.Reviewer ?? "")),
            records.Select(r => string.Join("|", r["cadre"], r["post"], r["kind"], r["month"], r["date"], r["reviewer"])));
    }

    [Fact]
    public void Each_kind_says_what_the_reviewer_assesses()
    {
        var records = CsvText.Records(CheckpointCsv.ToUtf8(Seed.View));

        Assert.All(records.Where(r => r["kind"] == "onboarding"), r => Assert.StartsWith("settling in", r["assesses"]));
        Assert.All(records.Where(r => r["kind"] == "exit"), r => Assert.Contains("access revoked", r["assesses"]));
        // The seed checkpoints at 1, 3, 6 and 12 months: reviews come after 3, 6 or 12 months in the post.
        Assert.All(records.Where(r => r["kind"] == "review"), r => Assert.Matches("^performance after (3|6|12) months in the post", r["assesses"]));
    }
}
