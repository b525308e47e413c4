using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Careers;
using Rotation.Solver.Construction;
using Rotation.Solver.Decomposition;
using Rotation.Solver.Tests.Support;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Tests.Solving;

/// <summary>
/// The solver's methods checked against each other on both families of generated scenarios (issue 19, items 6 and 7):
/// whole careers and the monthly CP model prove the same optimum; no bound exceeds a plan that any method found; and a
/// plan found without the monthly model (whole careers, the local search, office clusters, the planted plan) keeps every
/// rule of that model and gets the terms it reports there, so that a blind spot the checker shares with a search that
/// judges its moves by the checker cannot pass unseen.
/// </summary>
public class CrossCheckTests
{
    /// <summary>One worker and a fixed seed, so each run repeats; the limit is far above the few seconds each case takes.</summary>
    private static readonly SolveOptions OneWorker = new() { Workers = 1, Seed = 1, TimeLimitSeconds = 60, ExplainInfeasibility = false };

    /// <summary>Descents of the local search (two from its first plan, the rest after kicks): a fixed amount of work, not a moment.</summary>
    private const int Descents = 6;

    /// <summary>
    /// Scenarios small enough for the monthly model to prove its optimum with one worker in a few seconds (the careers
    /// are faster still). With more cadres the monthly model's bound lags and it no longer proves in time, while the
    /// careers still do.
    /// </summary>
    [Theory]
    [InlineData(Families.Generate, 2, 10, 12, 4)]
    [InlineData(Families.Generate, 2, 8, 18, 1)]
    [InlineData(Families.Planted, 3, 10, 12, 2)]
    [InlineData(Families.Planted, 3, 12, 12, 3)]
    [InlineData(Families.Planted, 3, 12, 12, 3, 4)]
    public void Careers_and_the_monthly_model_prove_the_same_optimum_and_no_bound_exceeds_a_plan(
        string family, int offices, int cadres, int months, int seed, int pins = 0)
    {
        var (scenario, planted) = Families.Make(family, offices, cadres, months, seed, pins);
        var story = Families.Describe(family, offices, cadres, months, seed, pins);

        var monthly = MonthlySolver.Solve(scenario, OneWorker, TimeProvider.System, start: null);
        Assert.True(Strategy.CareersApply(scenario, OneWorker), $"{story}: the career solver does not apply");
        var careers = CareerSolver.Solve(scenario, OneWorker, TimeProvider.System);
        var searched = Searched(scenario);

        Assert.True(monthly.Plan.Status == PlanStatus.Optimal, $"{story}: the monthly model ends {monthly.Plan.Status} " +
                                                               $"{monthly.Plan.Objective} (bound {monthly.Plan.BestBound}), no proven optimum");
        Assert.True(careers.Plan.Status == PlanStatus.Optimal, $"{story}: the career solver ends {careers.Plan.Status} " +
                                                               $"{careers.Plan.Objective} (bound {careers.Plan.BestBound}), no proven optimum");
        // When the careers cannot prove their plan they hand over to the monthly model, and the two claims would be one;
        // the size reported is then the monthly model's instead of the career model's.
        Assert.True(careers.Size != monthly.Size, $"{story}: the careers proved nothing by themselves, the monthly model did");
        Assert.True(monthly.Plan.Objective == careers.Plan.Objective,
            $"{story}: the monthly model proves {monthly.Plan.Objective} optimal ({monthly.Plan.Terms}), " +
            $"the career solver {careers.Plan.Objective} ({careers.Plan.Terms})");
        var optimum = monthly.Plan.Objective!.Value;

        var plans = new List<(string Method, Plan Plan)> { ("monthly model", monthly.Plan), ("careers", careers.Plan), ("local search", searched) };
        if (planted is not null) plans.Add(("planted", planted));
        Assert.True(LowerBound.Applies(scenario.Policy.Weights), $"{story}: the model-free bound does not apply");
        var bound = LowerBound.Of(scenario);
        foreach (var (method, plan) in plans)
        {
            Tiny.AssertHolds(scenario, plan);
            var objective = plan.Objective!.Value;
            Assert.True(objective >= optimum, $"{story}: the {method}'s plan costs {objective}, below the proven optimum {optimum}");
            Assert.True(bound <= objective, $"{story}: the model-free bound {bound} exceeds the {method}'s plan, {objective}");
            // A plan's bound is a claim about every plan, so it may exceed no plan's objective, the optimum's least of all.
            Assert.True(plan.BestBound <= optimum, $"{story}: the {method}'s bound {plan.BestBound} exceeds the optimum {optimum}");
            // The monthly model's plan is its own; every other is replayed in it.
            if (!ReferenceEquals(plan, monthly.Plan)) AssertReplays(scenario, plan, $"{story}: the {method}'s plan");
        }
    }

    /// <summary>
    /// Decomposed solves of 60 and 80 cadres: two clusters each, so the move limit and the course seats they share are
    /// crossed. The plan of a few seconds' fixed search work, replayed in the monthly model of the whole scenario.
    /// </summary>
    [Theory]
    [InlineData(Families.Generate, 6, 60, 12, 2)]
    [InlineData(Families.Planted, 4, 80, 12, 1)]
    public void The_decomposed_solves_plan_keeps_every_rule_of_the_monthly_model_and_its_terms(
        string family, int offices, int cadres, int months, int seed)
    {
        var (scenario, planted) = Families.Make(family, offices, cadres, months, seed);
        var story = Families.Describe(family, offices, cadres, months, seed);
        Assert.True(Strategy.ClustersApply(scenario), $"{story}: not a decomposed scenario");

        var plan = OfficeClusters.Solve(scenario, OneWorker with { FixedWork = 20_000 }, TimeProvider.System).Plan;

        Assert.True(plan.HasAssignments, $"{story}: the office clusters end {plan.Status}");
        Tiny.AssertHolds(scenario, plan);
        AssertReplays(scenario, plan, $"{story}: the office clusters' plan");
        var bound = LowerBound.Of(scenario);
        foreach (var (method, objective) in new[] { ("the office clusters' plan", plan.Objective), ("the planted plan", planted?.Objective) })
            if (objective is { } known)
            {
                Assert.True(bound <= known, $"{story}: the model-free bound {bound} exceeds {method}, {known}");
                Assert.True(plan.BestBound <= known, $"{story}: the office clusters' bound {plan.BestBound} exceeds {method}, {known}");
            }
    }

    /// <summary>
    /// The replay fails a plan that breaks a rule or misreports its terms. Post b1 is vacant and needs competency k, which
    /// x1 can gain by the course of 2027-01 and 2027-02: the optimum sends x1 there in March, after the course.
    /// </summary>
    [Fact]
    public void The_replay_holds_the_optimum_and_fails_a_plan_without_its_course_or_with_wrong_terms_or_posts()
    {
        var scenario = Tiny.Build(6,
            courses: """[ { "id": "k101", "grants": "k", "months": 2, "capacity": 1, "cost": 3, "sessions": ["2027-01"] } ]""",
            posts: """
                [ { "id": "a1", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "a2", "office": "a", "workNature": "w", "min": 0, "minGrade": 3 },
                  { "id": "b1", "office": "b", "workNature": "w", "min": 1, "requires": ["k"] } ]
                """,
            cadres: """[ { "id": "x1", "grade": 1, "post": "a1", "since": "2025-01" } ]""");
        var optimum = Tiny.SolveOptimal(scenario);
        Tiny.AssertRow(optimum, "x1", "a1 a1 b1 b1 b1 b1");
        Assert.Equal(new Training("x1", "k101", "2027-01"), Assert.Single(optimum.Trainings));

        var held = PlanReplay.Run(scenario, optimum);
        var untrained = PlanReplay.Run(scenario, optimum with { Trainings = [] });
        var misreported = optimum with { Terms = optimum.Terms with { Vacancy = optimum.Terms.Vacancy - 1 } };
        var misplaced = optimum with { Assignments = [new Assignment("x1", ["a2", "a1", "b1", "b1", "b1", "b1"])] };

        Assert.Equal(CpSolverStatus.Optimal, held.Status);
        Assert.Equal(optimum.Terms, held.Terms);
        Assert.Equal(optimum.Objective, held.ModelObjective);
        Assert.Equal(CpSolverStatus.Infeasible, untrained.Status);
        Assert.NotEqual(misreported.Terms, PlanReplay.Run(scenario, misreported).Terms);
        Assert.Contains("a2", Assert.Single(PlanReplay.Run(scenario, misplaced).Unexpressed));
    }

    /// <summary>
    /// The local search from the scenario's first plan after a fixed number of descents, as a plan file bounded by the
    /// model-free bound. The clock only guards against a search that never ends: any plan it gives must pass the checks.
    /// </summary>
    private static Plan Searched(Scenario scenario)
    {
        var guard = TimeProvider.System.GetTimestamp();
        bool TimeUp() => TimeProvider.System.GetElapsedTime(guard).TotalSeconds > 30;
        var search = FirstRows.Search(scenario, TimeUp, seed: 1);
        Assert.True(search is not null, $"{scenario.Name}: the local search finds no first plan");
        while (search.Descents < Descents && !TimeUp()) search.Step();
        return search.Verdict.ToPlan(scenario, search.Rows, search.Trainings, LowerBound.Of(scenario), 0);
    }

    /// <summary>
    /// Fixes every post and enrolment of the plan into the monthly CP model: CP-SAT must find it feasible, and count the
    /// terms the plan reports and the objective they weigh to.
    /// </summary>
    private static void AssertReplays(Scenario scenario, Plan plan, string what)
    {
        var replayed = PlanReplay.Run(scenario, plan);
        Assert.True(replayed.Unexpressed.Count == 0, $"{what} has what the monthly model cannot express: {string.Join("; ", replayed.Unexpressed)}");
        Assert.True(replayed.Status == CpSolverStatus.Optimal,
            $"{what}, fixed into the monthly model, is {replayed.Status}: it breaks one of the model's rules");
        Assert.True(replayed.Terms == plan.Terms, $"{what} reports {plan.Terms}; the monthly model counts {replayed.Terms}");
        Assert.True(replayed.ModelObjective == plan.Objective,
            $"{what} reports objective {plan.Objective}; the monthly model's objective is {replayed.ModelObjective}");
    }
}
