using Rotation.Domain.Plans;
using Rotation.Solver.Solving;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Solving;

/// <summary>Alone, not beside other test classes: some phases still stop by the clock, and a loaded machine moves those stops.</summary>
[Collection(Alone.Name)]
public class DeterminismTests
{
    // Six cadres, six posts over three offices, half a year: many plans tie at the optimum, so a run that is not reproducible
    // would show.
    private static readonly Domain.Scenarios.Scenario Office = Tiny.Build(6, tenure: """{ "min": 3, "max": 24 }""",
        weights: """ "move": 10, "excessMoves": 30, "crossOffice": 40 """,
        offices: """[{ "id": "a", "blackoutMonthsOfYear": [3] }, { "id": "b" }, { "id": "c" }]""",
        courses: """[ { "id": "k101", "grants": "k", "months": 2, "capacity": 1, "cost": 3, "sessions": ["2027-01", "2027-04"] } ]""",
        posts: """
            [ { "id": "a1", "office": "a", "workNature": "w", "min": 1, "critical": true },
              { "id": "a2", "office": "a", "workNature": "v", "min": 0, "requires": ["k"] },
              { "id": "b1", "office": "b", "workNature": "w", "min": 1 },
              { "id": "b2", "office": "b", "workNature": "v", "min": 0 },
              { "id": "c1", "office": "c", "workNature": "w", "min": 1 },
              { "id": "c2", "office": "c", "workNature": "v", "min": 0, "maxGrade": 2 } ]
            """,
        cadres: """
            [ { "id": "x1", "grade": 1, "post": "a1", "since": "2025-06" },
              { "id": "x2", "grade": 2, "post": "a2", "since": "2026-03", "competencies": ["k"] },
              { "id": "x3", "grade": 3, "post": "b1", "since": "2026-10", "preferences": [ { "office": "a", "weight": 2 } ] },
              { "id": "x4", "grade": 1, "post": "b2", "since": "2025-01", "avoid": ["x5"] },
              { "id": "x5", "grade": 2, "post": "c1", "since": "2026-06", "unavailable": [ { "from": "2027-03", "to": "2027-04" } ] },
              { "id": "x6", "grade": 2, "post": "c2", "since": "2026-12", "preferences": [ { "workNature": "w", "weight": 1 } ] } ]
            """);

    [Fact]
    public void One_worker_and_the_same_seed_give_the_same_assignments_and_trainings_twice()
    {
        var first = Tiny.Solve(Office);
        var second = Tiny.Solve(Office);

        Assert.Equal(PlanStatus.Optimal, first.Status);
        Tiny.AssertHolds(Office, first);
        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal<Training>(first.Trainings, second.Trainings);
        Assert.Equal(first.Objective, second.Objective);
    }

    [Fact]
    public void Another_seed_still_finds_the_same_optimal_objective()
    {
        var first = Tiny.Solve(Office);
        var other = Tiny.Solve(Office, Tiny.Reproducible with { Seed = 12345 });

        Assert.Equal(PlanStatus.Optimal, other.Status);
        Tiny.AssertHolds(Office, other);
        Assert.Equal(first.Objective, other.Objective);
    }

    [Fact]
    public void A_generated_twenty_cadre_case_repeats_its_plan_at_the_default_amount_of_work()
    {
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Generation.ScenarioGenerator.Generate(new Generation.GeneratorOptions(Offices: 3, Cadres: 20, Months: 12, Seed: 7))));
        var options = new SolveOptions { Workers = 1, Seed = 1, TimeLimitSeconds = 10 };

        var first = RotationSolver.Solve(scenario, options, TimeProvider.System).Plan;
        var second = RotationSolver.Solve(scenario, options, TimeProvider.System).Plan;

        Tiny.AssertHolds(scenario, first);
        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal<Training>(first.Trainings, second.Trainings);
        Assert.Equal(first.Objective, second.Objective);
    }

    [Fact]
    public void One_worker_gives_the_same_plan_on_a_clock_that_runs_half_again_as_fast()
    {
        // Tight cycles and courses: column generation does not converge within its share, so only a stop by work repeats.
        var scenario = Tiny.Load(System.Text.Encoding.UTF8.GetString(
            Generation.PlantedGenerator.Generate(new Generation.PlantedOptions(3, 26, 36, Seed: 1)).Scenario));
        var options = new SolveOptions { Workers = 1, Seed = 1, TimeLimitSeconds = 20, WorkShare = 0.15 };

        var steady = RotationSolver.Solve(scenario, options, TimeProvider.System).Plan;
        var hurried = RotationSolver.Solve(scenario, options, new FastClock(1.5)).Plan;

        Tiny.AssertHolds(scenario, steady);
        Assert.Equal(Rows(steady), Rows(hurried));
        Assert.Equal<Training>(steady.Trainings, hurried.Trainings);
    }

    /// <summary>A clock whose seconds pass faster than real ones: to the solve, a slower machine.</summary>
    private sealed class FastClock(double speed) : TimeProvider
    {
        private readonly long _origin = System.GetTimestamp();

        public override long GetTimestamp() => _origin + (long)((System.GetTimestamp() - _origin) * speed);
    }

    private static string[] Rows(Plan plan) => [.. plan.Assignments.Select(a => $"{a.Cadre}: {string.Join(' ', a.Posts)}")];
}
