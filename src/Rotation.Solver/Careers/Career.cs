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

    /// <summary>The candidate left by a move at month t, or -1 when the cadre does not move then.</summary>
    public int MovesOutOf(int t)
    {
        if (Posts[t] < 0) return -1;
        var before = t == 0 ? Space.StartingPost : Posts[t - 1];
        return before >= 0 && before != Posts[t] && (t > Space.Join || !Space.Cadre.IsJoiner) ? before : -1;
    }
}
