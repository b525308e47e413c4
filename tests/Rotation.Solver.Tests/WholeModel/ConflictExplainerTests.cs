using Rotation.Domain.Rules;
using Rotation.Solver.Tests.Support;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Tests.WholeModel;

public class ConflictExplainerTests
{
    /// <summary>c2's grade keeps them out of q, so the critical post q can never have its two holders.</summary>
    private static readonly Domain.Scenarios.Scenario TwoHoldersOneEligible = Tiny.Build(2,
        posts: """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
              { "id": "q", "office": "a", "workNature": "w", "min": 2, "max": 2, "critical": true, "minGrade": 2 } ]
            """,
        cadres: """
            [ { "id": "c1", "grade": 2, "post": "q", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "p", "since": "2026-01" } ]
            """);

    [Fact]
    public void With_time_it_names_the_rule_that_cannot_hold()
    {
        var conflicts = ConflictExplainer.Explain(TwoHoldersOneEligible, Tiny.Reproducible, seconds: 10, TimeProvider.System);

        Assert.Contains(conflicts, c => c.StartsWith("headcount.min:q:", StringComparison.Ordinal));
    }

    /// <summary>
    /// A stop (Ctrl-C, or the solve's limit reached when the proof came) ends the explanation at once, whatever time it
    /// was given: the solve's limit holds, and the report says the clash was not found in time.
    /// </summary>
    [Fact]
    public void A_stop_ends_it_at_once_and_it_says_unexplained()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        var conflicts = ConflictExplainer.Explain(TwoHoldersOneEligible, Tiny.Reproducible with { Cancellation = stopped.Token }, seconds: 10,
            TimeProvider.System);

        Assert.Equal([RuleIds.Unexplained], conflicts);
    }
}
