using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Careers;

/// <summary>
/// One cadre's whole horizon: the candidate held in every month (-1 when absent), the course sessions taken and the
/// cadre's own share of the objective (moves, excess moves, training cost, new offices, preferences, changes), weighted.
/// A career keeps every rule that concerns the cadre alone; the rules cadres share are rows of the master problem.
/// </summary>
internal sealed class Career
{
    public Career(CareerSpace space, int[] posts, SessionOption[] trainings, long cost)
    {
        Space = space;
        Posts = posts;
        Trainings = trainings;
        Cost = cost;
        Key = string.Join(',', posts) + "|" + string.Join(',', trainings.Select(o => $"{o.Course}@{o.Start}"));
    }

    public CareerSpace Space { get; }
    public int[] Posts { get; }
    public SessionOption[] Trainings { get; }
    public long Cost { get; }

    /// <summary>Identifies the career among its cadre's, to keep each career once.</summary>
    public string Key { get; }

    /// <summary>The post id held in every month, null where the cadre is absent: a row of the plan file.</summary>
    public string?[] PostIds() => [.. Posts.Select(k => k < 0 ? null : Space.Posts[k].Id)];

    /// <summary>The course sessions taken, as enrolments of the plan file.</summary>
    public IEnumerable<Training> Enrolments(Scenario scenario) =>
        Trainings.Select(o => new Training(Space.Cadre.Id, scenario.Courses[o.Course].Id, scenario.Horizon.MonthAt(o.Start).ToString()));

    /// <summary>The candidate left by a move at month t, or -1 when the cadre does not move then.</summary>
    public int MovesOutOf(int t)
    {
        if (Posts[t] < 0) return -1;
        var before = t == 0 ? Space.StartingPost : Posts[t - 1];
        return before >= 0 && before != Posts[t] && (t > Space.Join || !Space.Cadre.IsJoiner) ? before : -1;
    }
}
