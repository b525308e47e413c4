using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Tests.Plans;

public class DerivationTests
{
    // Two offices, three posts, four months from 2027-01; a holiday on 2026-12-31 (Thursday) and a Saturday
    // make-up workday on 2027-01-30. c3 joins in 2027-02, c2 leaves from 2027-04.
    private static readonly Scenario Tiny = ScenarioLoader.Load("""
        { "name": "tiny", "horizon": { "start": "2027-01", "months": 4 },
          "calendar": { "holidays": ["2026-12-31"], "extraWorkdays": ["2027-01-30"] },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "max": 2, "reviewer": "Head of a", "handoverItems": ["keys", "ledger"] },
                     { "id": "q", "office": "b", "workNature": "w", "max": 2, "reviewer": "Head of b" },
                     { "id": "r", "office": "b", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2025-01" },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2025-01", "leaves": "2027-04" },
                      { "id": "c3", "grade": 1, "joins": "2027-02" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "handoverDays": 3, "checkpointMonths": [1, 2] } }
        """).Value!;

    private static Dictionary<string, IReadOnlyList<string?>> Rows(params (string Cadre, string?[] Posts)[] rows) =>
        rows.ToDictionary(r => r.Cadre, r => (IReadOnlyList<string?>)r.Posts);

    [Fact]
    public void A_swap_gives_one_paired_row_per_post_with_the_working_days_before_the_month()
    {
        var posts = Rows(("c1", ["q", "q", "q", "q"]), ("c2", ["p", "p", "p", null]), ("c3", [null, "r", "r", "r"]));

        var handovers = HandoverPlanner.Plan(Tiny, posts);

        // Three working days before 2027-01-01: Dec 31 is a holiday, so Dec 28, 29, 30 (Mon–Wed).
        var january = (new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 30));
        Assert.Contains(new Handover("p", "2027-01", "c1", "c2", january.Item1, january.Item2, ["keys", "ledger"]), handovers, HandoverComparer.Instance);
        Assert.Contains(new Handover("q", "2027-01", "c2", "c1", january.Item1, january.Item2, []), handovers, HandoverComparer.Instance);
        // c3 joins r in February: three working days before Feb 1 are Jan 28, 29 (Thu, Fri) and the make-up Saturday Jan 30.
        Assert.Contains(new Handover("r", "2027-02", null, "c3", new DateOnly(2027, 1, 28), new DateOnly(2027, 1, 30), []), handovers, HandoverComparer.Instance);
        // c2 leaves p from April: Mar 29, 30, 31 (Mon–Wed).
        Assert.Contains(new Handover("p", "2027-04", "c2", null, new DateOnly(2027, 3, 29), new DateOnly(2027, 3, 31), ["keys", "ledger"]), handovers, HandoverComparer.Instance);
        Assert.Equal(4, handovers.Length);
    }

    [Fact]
    public void Checkpoints_follow_each_stint_begun_in_the_horizon_and_exits_follow_each_stint_ended()
    {
        var posts = Rows(("c1", ["p", "q", "q", "q"]), ("c2", ["q", "q", "q", null]), ("c3", [null, "r", "r", "r"]));

        var checkpoints = CheckpointPlanner.Plan(Tiny, posts);

        Assert.Equal<Checkpoint>(
        [
            // c1 leaves p at 2027-02: exit dated the window start, Jan 28.
            new Checkpoint("c1", "p", CheckpointKind.Exit, "2027-02", new DateOnly(2027, 1, 28), "Head of a"),
            // c1 starts q at month 1: onboarding at month 2 (first working day Mar 1), review at month 3 (Apr 1).
            new Checkpoint("c1", "q", CheckpointKind.Onboarding, "2027-03", new DateOnly(2027, 3, 1), "Head of b"),
            new Checkpoint("c3", "r", CheckpointKind.Onboarding, "2027-03", new DateOnly(2027, 3, 1), null),
            new Checkpoint("c2", "q", CheckpointKind.Exit, "2027-04", new DateOnly(2027, 3, 29), "Head of b"),
            new Checkpoint("c1", "q", CheckpointKind.Review, "2027-04", new DateOnly(2027, 4, 1), "Head of b"),
            new Checkpoint("c3", "r", CheckpointKind.Review, "2027-04", new DateOnly(2027, 4, 1), null),
        ], checkpoints);
    }

    [Fact]
    public void A_move_at_month_zero_gives_an_exit_from_the_starting_post_in_month_zero()
    {
        var posts = Rows(("c1", ["q", "q", "q", "q"]), ("c2", ["q", "q", "q", null]), ("c3", [null, "r", "r", "r"]));

        var checkpoints = CheckpointPlanner.Plan(Tiny, posts);

        Assert.Contains(new Checkpoint("c1", "p", CheckpointKind.Exit, "2027-01", new DateOnly(2026, 12, 28), "Head of a"), checkpoints);
    }

    /// <summary>Whatever the assignments, the derived rows satisfy the checker's independent reading of §5.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Derived_rows_always_satisfy_the_independent_checker()
    {
        var cell = Gen.Elements<string?>("p", "q", "r");
        var rows = Gen.ArrayOf(cell, 10);
        return Prop.ForAll(rows.ToArbitrary(), generated =>
        {
            string?[] c1 = generated[..4], c2 = generated[4..7], c3 = generated[7..];
            var posts = Rows(("c1", c1), ("c2", [.. c2, null]), ("c3", [null, .. c3]));
            var plan = PlanAssembler.Assemble(Tiny, new Decisions(posts, []), PlanStatus.Feasible, Terms.Zero, 0, 0, 0);

            var rowViolations = PlanChecker.Check(Tiny, plan).Violations.Where(v => v.Code == "§5").ToList();

            return rowViolations.Count == 0;
        });
    }

    private sealed class HandoverComparer : IEqualityComparer<Handover>
    {
        public static readonly HandoverComparer Instance = new();

        public bool Equals(Handover? x, Handover? y) =>
            x is not null && y is not null && x with { Items = [] } == y with { Items = [] } && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(Handover h) => HashCode.Combine(h.Post, h.Month, h.From, h.To);
    }
}
