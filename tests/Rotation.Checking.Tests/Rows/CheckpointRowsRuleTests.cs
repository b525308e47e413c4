using Rotation.Domain.Plans;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rows;

public class CheckpointRowsRuleTests
{
    private static Found[] With(IEnumerable<Checkpoint> checkpoints) => Check(RowsExample.S, RowsExample.Plan(checkpoints: checkpoints));

    private static Checkpoint[] Without(Func<Checkpoint, bool> drop) => [.. RowsExample.Checkpoints.Where(c => !drop(c))];

    private static Checkpoint[] Replacing(Checkpoint row, Checkpoint by) => [.. RowsExample.Checkpoints.Select(c => c == row ? by : c)];

    private static Checkpoint Find(string cadre, string post, string kind) =>
        RowsExample.Checkpoints.Single(c => c.Cadre == cadre && c.Post == post && c.Kind == kind);

    [Fact]
    public void The_hand_written_rows_hold() => Holds(RowsExample.S, RowsExample.Plan());

    [Fact]
    public void A_missing_onboarding_of_a_joiner_is_reported() =>
        Assert.Equal([new Found("§5", "checkpoints", "c3", "r", "2027-03")], With(Without(c => c.Cadre == "c3" && c.Kind == CheckpointKind.Onboarding)));

    [Fact]
    public void A_missing_exit_from_the_starting_post_at_month_zero_is_reported() =>
        Assert.Equal([new Found("§5", "checkpoints", "c1", "p", "2027-01")], With(Without(c => c == Find("c1", "p", CheckpointKind.Exit))));

    [Fact]
    public void A_missing_exit_at_leaving_is_reported() =>
        Assert.Equal([new Found("§5", "checkpoints", "c2", "p", "2027-04")], With(Without(c => c == Find("c2", "p", CheckpointKind.Exit))));

    [Fact]
    public void A_checkpoint_listed_twice_is_reported_once_as_unexpected()
    {
        var row = Find("c1", "q", CheckpointKind.Onboarding);

        Assert.Equal([new Found("§5", "checkpoints", "c1", "q", "2027-02")], With([.. RowsExample.Checkpoints, row]));
    }

    [Fact]
    public void A_review_after_the_stint_has_ended_is_reported() =>
        Assert.Equal([new Found("§5", "checkpoints", "c2", "p", "2027-04")],
            With([.. RowsExample.Checkpoints, new("c2", "p", CheckpointKind.Review, "2027-04", new(2027, 4, 1), "Head of a")]));

    [Fact]
    public void An_onboarding_for_a_starting_stint_is_reported()
    {
        // c1 stays in its starting post p: no onboarding is due, whatever the derived rows say.
        var plan = Build(RowsExample.S, ("c1", "p p p p"), ("c2", "q q q -"), ("c3", "- r r r"));
        plan = plan with { Checkpoints = [.. plan.Checkpoints, new("c1", "p", CheckpointKind.Onboarding, "2027-02", new(2027, 2, 1), "Head of a")] };

        Assert.Equal([new Found("§5", "checkpoints", "c1", "p", "2027-02")], Check(RowsExample.S, plan));
    }

    [Fact]
    public void An_onboarding_not_on_the_first_working_day_is_reported_as_missing_and_unexpected()
    {
        var row = Find("c1", "q", CheckpointKind.Onboarding);

        Assert.Equal([new Found("§5", "checkpoints", "c1", "q", "2027-02"), new Found("§5", "checkpoints", "c1", "q", "2027-02")],
            With(Replacing(row, row with { Date = new(2027, 2, 2) })));
    }

    [Fact]
    public void An_exit_dated_the_first_of_the_month_instead_of_the_window_start_is_reported()
    {
        var row = Find("c2", "p", CheckpointKind.Exit);

        Assert.Equal([new Found("§5", "checkpoints", "c2", "p", "2027-04"), new Found("§5", "checkpoints", "c2", "p", "2027-04")],
            With(Replacing(row, row with { Date = new(2027, 4, 1) })));
    }

    [Fact]
    public void An_exit_with_the_reviewer_of_the_new_post_is_reported()
    {
        var row = Find("c1", "p", CheckpointKind.Exit);

        Assert.Equal([new Found("§5", "checkpoints", "c1", "p", "2027-01"), new Found("§5", "checkpoints", "c1", "p", "2027-01")],
            With(Replacing(row, row with { Reviewer = "Head of b" })));
    }

    [Fact]
    public void The_first_checkpoint_called_a_review_is_reported()
    {
        var row = Find("c3", "r", CheckpointKind.Onboarding);

        Assert.Equal([new Found("§5", "checkpoints", "c3", "r", "2027-03"), new Found("§5", "checkpoints", "c3", "r", "2027-03")],
            With(Replacing(row, row with { Kind = CheckpointKind.Review })));
    }
}
