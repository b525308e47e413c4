using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Search;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Alternatives;

/// <summary>
/// A good plan at least a distance from every earlier plan, sought near the best of them: a few cadres are freed at a
/// time (one drawn at random, then others who share an office with them in that plan) and CP-SAT finds their best rows
/// with largest else kept, under the distance constraints; the best plan over the neighbourhoods tried is kept. A
/// neighbourhood too small to reach the distance doubles, up to everyone (the whole model, hinted) or
/// <see cref="MaxSize"/> cadres.
/// </summary>
internal static class NearbyPlan
{
    /// <summary>The first neighbourhood has at least this many cadres, and enough months between them for thrice the distance.</summary>
    private const int FirstSize = 4;
    private const int FirstCellsPerDistance = 3;

    /// <summary>
    /// Neighbourhoods stop growing at this many cadres: a model of more takes seconds to build (over 8 s for 144 cadres
    /// of a 150-cadre case) and rarely solves in the time a candidate has.
    /// </summary>
    private const int MaxSize = Strategy.CareersUpToCadres;

    /// <summary>A neighbourhood is not begun with less time than this left: building its model alone may take that long.</summary>
    private const double LeastSeconds = 1;

    /// <summary>A neighbourhood's CP-SAT gets at most this share of the time left, so that several are tried.</summary>
    private const double SliceShare = 0.34;

    public static (Plan Plan, double FirstSeconds)? Find(Scenario scenario, IReadOnlyList<Plan> earlier, int diversity, SolveOptions options,
        Func<double> secondsLeft, Func<double> elapsed)
    {
        var from = earlier.MinBy(p => p.Objective)!;
        var rows = from.Assignments.ToDictionary(a => a.Cadre, a => a.Posts.ToArray());
        var trainings = from.Trainings.ToList();
        var months = Model.ScenarioFacts.Of(scenario).MonthOf;
        var hint = new Guess(rows, [.. trainings.Select(t => (t.Cadre, t.Course, months[t.Start]))]);
        var judge = new PartJudge(scenario, (_, _) => true);
        var random = new Random(options.Seed * 7919 + earlier.Count);
        var most = Math.Min(scenario.Cadres.Length, MaxSize);
        var size = Math.Min(most,
            Math.Max(FirstSize, (int)Math.Ceiling((double)FirstCellsPerDistance * diversity / scenario.Horizon.Months)));
        (Plan Plan, double FirstSeconds)? best = null;
        while (secondsLeft() > LeastSeconds && !options.Cancellation.IsCancellationRequested)
        {
            var free = Neighbourhood(scenario, rows, size, random);
            var largest = free.Count == most;
            var slice = largest ? secondsLeft() : Math.Max(Math.Min(1, secondsLeft()), SliceShare * secondsLeft());
            var solved = SubModel.Solve(scenario, rows, trainings, hint, free, admits: null,
                m => Diversity.Post(m, earlier, diversity, plan => Apart(plan, rows, free)), options, slice);
            if (solved is { } s && judge.Judge(s.Rows, s.Trainings) is { } verdict &&
                (best is null || verdict.Objective < best.Value.Plan.Objective))
            {
                var plan = verdict.ToPlan(scenario, s.Rows, s.Trainings, from.BestBound ?? verdict.Objective, elapsed());
                if (earlier.All(e => PlanDistance.Between(e, plan) >= diversity)) best = (plan, best?.FirstSeconds ?? elapsed());
            }
            else if (solved is null && best is null)
            {
                if (largest) break;
                size = Math.Min(most, size * 2);
            }
            if (largest) break;
        }
        return best;
    }

    /// <summary>One cadre drawn at random, then, in random order, cadres who hold a post of an office they hold, then anyone.</summary>
    private static HashSet<string> Neighbourhood(Scenario scenario, Dictionary<string, string?[]> rows, int size, Random random)
    {
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        HashSet<string> OfficesOf(string cadre) => [.. rows[cadre].OfType<string>().Select(p => officeOf[p])];
        var seed = scenario.Cadres[random.Next(scenario.Cadres.Length)].Id;
        var offices = OfficesOf(seed);
        var order = scenario.Cadres.Select(c => c.Id).Where(id => id != seed).OrderBy(_ => random.Next()).ToList();
        // A stable sort: office-mates first, each group in the random order.
        return [seed, .. order.OrderBy(id => OfficesOf(id).Overlaps(offices) ? 0 : 1).Take(size - 1)];
    }

    /// <summary>The cells of the cadres kept in which their rows differ from <paramref name="plan"/>: distance the free cadres need not make.</summary>
    private static int Apart(Plan plan, Dictionary<string, string?[]> rows, HashSet<string> free) =>
        plan.Assignments.Where(a => !free.Contains(a.Cadre))
            .Sum(a => a.Posts.Select((p, t) => p != rows[a.Cadre][t] ? 1 : 0).Sum());
}
