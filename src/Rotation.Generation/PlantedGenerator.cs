using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Generation.Planted;

namespace Rotation.Generation;

/// <summary>
/// A planted scenario: the scenario file, and a plan of it that keeps every hard rule (its decisions: each cadre's post
/// per month and the courses taken). The plan's objective is a known upper bound on the optimum.
/// </summary>
/// <param name="Posts">Cadre id → post id per month, null where the cadre is not present.</param>
/// <param name="BestBound">A lower bound anyone can check (see <see cref="PlantedGenerator"/>), for the plan file.</param>
public sealed record PlantedScenario(
    byte[] Scenario,
    IReadOnlyDictionary<string, IReadOnlyList<string?>> Posts,
    ImmutableArray<Training> Trainings,
    long BestBound);

/// <summary>
/// Writes test scenarios the other way round from <see cref="ScenarioGenerator"/>: it first draws a plan that keeps every
/// rule, then fits the scenario around it. It draws the organisation (offices, work natures with short cycles, posts,
/// competencies and courses) and the cadres' facts (starting posts, some overdue; joiners, leavers, unavailable ranges,
/// locked cadres), then every career month by month (<see cref="Careers"/>), and last fits the rules that bind the plan
/// as a whole: critical posts and every post's min, avoidance pairs, the throughput limits, course capacities and the no-return
/// months, each as tight as the plan allows. Pins (H15), when asked for, are drawn last from the plan itself.
/// </summary>
public static class PlantedGenerator
{
    public static PlantedScenario Generate(PlantedOptions options)
    {
        if (options.Problems().Count > 0) throw new ArgumentException("invalid planted generator options", nameof(options));
        var random = new Random(options.Seed);
        var org = Organisation.Draw(options, random);
        var people = Staff.Draw(org, options, random);
        var plan = Careers.Draw(org, people, random);
        Fitting.Headcounts(org, people, plan);
        Fitting.AvoidancePairs(org, people, plan, random);
        var policy = Fitting.Policy(org, people, plan, random);
        Fitting.Pins(people, plan, options.Pins, random);
        var name = $"planted {options.Offices} offices, {options.Cadres} cadres, {options.Months} months, seed {options.Seed}";
        return new PlantedScenario(ScenarioJson.Write(name, org, people, policy), Rows(org, people, plan), Trainings(org, people, plan),
            Bound(org, people));
    }

    private static Dictionary<string, IReadOnlyList<string?>> Rows(Organisation org, Person[] people, PlantedPlan plan) =>
        people.ToDictionary(p => p.Id, p => (IReadOnlyList<string?>)[.. plan.Rows[p.Index].Select(post => post < 0 ? null : org.Posts[post].Id)]);

    private static ImmutableArray<Training> Trainings(Organisation org, Person[] people, PlantedPlan plan) =>
        [.. plan.Enrolments.OrderBy(e => e.Person).ThenBy(e => e.Start)
            .Select(e => new Training(people[e.Person].Id, e.Course.Id, org.Label(e.Start)))];

    /// <summary>
    /// Every term of the objective is at least 0 except the two rewards, and each reward is at most: a new office for every
    /// office outside a cadre's past and starting ones (no more than their months present), and each positive preference
    /// met in every month present. The scenario keeps the default weights.
    /// </summary>
    private static long Bound(Organisation org, Person[] people)
    {
        long bound = 0;
        foreach (var p in people)
        {
            var present = p.End(org.Months) - p.Join;
            var home = p.PastOffices.Concat(p.Joiner ? [] : [org.Posts[p.StartPost].Office]).Distinct().Count();
            bound -= Weights.Defaults.CrossOffice * (long)Math.Min(org.Offices.Length - home, present);
            bound -= Weights.Defaults.Preference * (long)present * p.Preferences.Where(w => w.Weight > 0).Sum(w => w.Weight);
        }
        return bound;
    }
}
