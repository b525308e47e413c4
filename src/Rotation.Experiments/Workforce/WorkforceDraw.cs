using System.Collections.Immutable;
using Rotation.Domain.Time;

namespace Rotation.Experiments.Workforce;

/// <summary>A cadre who leaves earlier than the scenario says: <paramref name="Leaves"/> is the first month gone.</summary>
public sealed record Leaver(string Cadre, YearMonth Leaves);

/// <summary>A spell of leave, added to the cadre's <c>unavailable</c> ranges.</summary>
public sealed record LeaveSpell(string Cadre, MonthRange Months);

/// <summary>A joiner modelled on a post they could fill: its grade range and its required competencies.</summary>
public sealed record Hire(string Id, int Grade, ImmutableArray<string> Competencies, YearMonth Joins, string LikePost);

/// <summary>The workforce events of one replication, the same for every variant; <paramref name="Attempt"/> counts redraws.</summary>
public sealed record WorkforceDraw(int Replication, int Attempt, ImmutableArray<Leaver> Leavers, ImmutableArray<LeaveSpell> Spells,
    ImmutableArray<Hire> Hires)
{
    public static WorkforceDraw None(int replication) => new(replication, 0, [], [], []);
}
