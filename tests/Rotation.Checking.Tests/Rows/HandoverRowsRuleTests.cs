using Rotation.Domain.Plans;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rows;

/// <summary>
/// Four months from 2027-01 (a Friday); 2026-12-31 is a holiday and Saturday 2027-01-30 a make-up working day;
/// three handover days; checkpoints at 1 and 2 months. c1 and c2 swap p and q at month 0, c2 leaves from 2027-04,
/// c3 joins r in 2027-02. The rows below are written by hand.
/// </summary>
public static class RowsExample
{
    public static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 4 },
          "calendar": { "holidays": [ "2026-12-31" ], "extraWorkdays": [ "2027-01-30" ] },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2, "reviewer": "Head of a", "handoverItems": [ "keys", "ledger" ] },
                     { "id": "q", "office": "b", "workNature": "w", "max": 2, "reviewer": "Head of b" },
                     { "id": "r", "office": "b", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01" },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2025-01", "leaves": "2027-04" },
                      { "id": "c3", "grade": 1, "joins": "2027-02" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "handoverDays": 3, "checkpointMonths": [ 1, 2 ] } }
        """);

    // Three working days before 2027-01-01, skipping the holiday: Dec 28–30. Before Feb 1: Jan 28, 29 and Saturday Jan 30.
    // Before Apr 1: Mar 29–31.
    public static readonly Handover[] Handovers =
    [
        new("p", "2027-01", "c1", "c2", new(2026, 12, 28), new(2026, 12, 30), ["keys", "ledger"]),
        new("q", "2027-01", "c2", "c1", new(2026, 12, 28), new(2026, 12, 30), []),
        new("r", "2027-02", null, "c3", new(2027, 1, 28), new(2027, 1, 30), []),
        new("p", "2027-04", "c2", null, new(2027, 3, 29), new(2027, 3, 31), ["keys", "ledger"]),
    ];

    // Exits dated the window start; onboarding and reviews on the first working day (Feb 1 and Mar 1 are Mondays, Apr 1 a Thursday).
    public static readonly Checkpoint[] Checkpoints =
    [
        new("c1", "p", CheckpointKind.Exit, "2027-01", new(2026, 12, 28), "Head of a"),
        new("c2", "q", CheckpointKind.Exit, "2027-01", new(2026, 12, 28), "Head of b"),
        new("c1", "q", CheckpointKind.Onboarding, "2027-02", new(2027, 2, 1), "Head of b"),
        new("c1", "q", CheckpointKind.Review, "2027-03", new(2027, 3, 1), "Head of b"),
        new("c2", "p", CheckpointKind.Onboarding, "2027-02", new(2027, 2, 1), "Head of a"),
        new("c2", "p", CheckpointKind.Review, "2027-03", new(2027, 3, 1), "Head of a"),
        new("c2", "p", CheckpointKind.Exit, "2027-04", new(2027, 3, 29), "Head of a"),
        new("c3", "r", CheckpointKind.Onboarding, "2027-03", new(2027, 3, 1), null),
        new("c3", "r", CheckpointKind.Review, "2027-04", new(2027, 4, 1), null),
    ];

    public static Plan Plan(IEnumerable<Handover>? handovers = null, IEnumerable<Checkpoint>? checkpoints = null) =>
        Build(S, ("c1", "q q q q"), ("c2", "p p p -"), ("c3", "- r r r")) with
        {
            Handovers = [.. handovers ?? Handovers],
            Checkpoints = [.. checkpoints ?? Checkpoints],
        };
}

public class HandoverRowsRuleTests
{
    private static Found[] With(IEnumerable<Handover> handovers) => Check(RowsExample.S, RowsExample.Plan(handovers: handovers));

    private static Handover[] Replacing(int index, Handover row) => [.. RowsExample.Handovers.Select((h, i) => i == index ? row : h)];

    [Fact]
    public void The_hand_written_rows_hold_in_any_order()
    {
        Holds(RowsExample.S, RowsExample.Plan());
        Holds(RowsExample.S, RowsExample.Plan(handovers: RowsExample.Handovers.Reverse()));
    }

    [Fact]
    public void A_missing_join_row_is_reported() =>
        // Both the arrivals and the row count at r in 2027-02 are off.
        Assert.Equal([new Found("§5", "handovers", null, "r", "2027-02"), new Found("§5", "handovers", null, "r", "2027-02")],
            With(RowsExample.Handovers.Where(h => h.Post != "r")));

    [Fact]
    public void A_row_where_nobody_arrives_or_leaves_is_reported() =>
        Assert.Equal([new Found("§5", "handovers", null, "p", "2027-03")],
            With([.. RowsExample.Handovers, new("p", "2027-03", "c2", null, new(2027, 2, 24), new(2027, 2, 26), ["keys", "ledger"])]));

    [Fact]
    public void A_window_that_counts_the_holiday_as_a_working_day_is_reported() =>
        Assert.Equal([new Found("§5", "handovers", "c1", "p", "2027-01")],
            With(Replacing(0, RowsExample.Handovers[0] with { WindowStart = new(2026, 12, 29), WindowEnd = new(2026, 12, 31) })));

    [Fact]
    public void Handover_items_out_of_the_posts_order_are_reported() =>
        Assert.Equal([new Found("§5", "handovers", "c2", "p", "2027-04")],
            With(Replacing(3, RowsExample.Handovers[3] with { Items = ["ledger", "keys"] })));

    [Fact]
    public void An_arrival_and_a_departure_not_paired_in_one_row_are_reported()
    {
        var p = RowsExample.Handovers[0];

        Assert.Equal([new Found("§5", "handovers", null, "p", "2027-01")],
            With([p with { To = null }, p with { From = null }, .. RowsExample.Handovers.Skip(1)]));
    }

    [Fact]
    public void From_and_to_swapped_are_reported() =>
        Assert.Equal([new Found("§5", "handovers", null, "q", "2027-01"), new Found("§5", "handovers", null, "q", "2027-01")],
            With(Replacing(1, RowsExample.Handovers[1] with { From = "c1", To = "c2" })));

    [Fact]
    public void A_row_with_neither_from_nor_to_is_reported() =>
        // The extra row is both one row too many at p in 2027-01 and empty in itself.
        Assert.Equal([new Found("§5", "handovers", null, "p", "2027-01"), new Found("§5", "handovers", null, "p", "2027-01")],
            With([.. RowsExample.Handovers, RowsExample.Handovers[0] with { From = null, To = null }]));
}
