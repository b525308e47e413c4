using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Construction;

/// <summary>
/// What the rest of the organisation leaves a part of the limits it shares with it: moves per month (null when there is
/// no limit) and the seats already taken in each course session (by course id and session label).
/// </summary>
internal sealed record SharedLimits(int[]? MovesLeft, IReadOnlyDictionary<(string Course, string Start), int> SeatsTaken)
{
    /// <summary>A whole scenario's own limits: nobody else takes a move or a seat.</summary>
    public static SharedLimits Of(Scenario scenario) => new(
        scenario.Policy.MaxMovesPerMonth is { } limit ? Enumerable.Repeat(limit, scenario.Horizon.Months).ToArray() : null,
        new Dictionary<(string, string), int>());

    /// <summary>Seats left in a session of a course, or null when it has no capacity.</summary>
    public int? SeatsLeft(Course course, string start) =>
        course.Capacity is { } capacity ? capacity - SeatsTaken.GetValueOrDefault((course.Id, start)) : null;
}
