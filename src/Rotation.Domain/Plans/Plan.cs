using System.Collections.Immutable;

namespace Rotation.Domain.Plans;

public enum PlanStatus { Optimal, Feasible, Infeasible, Unknown }

/// <summary>The raw counts of SPEC §4; the objective is a weighted sum of them.</summary>
public sealed record Terms(long Vacancy, long Moves, long ExcessMoves, long TrainingCost, long CrossOffice, long Preference, long Changes)
{
    public static readonly Terms Zero = new(0, 0, 0, 0, 0, 0, 0);

    public long Objective(Scenarios.Weights w) =>
        w.Vacancy * Vacancy + w.Move * Moves + w.ExcessMoves * ExcessMoves + w.TrainingCost * TrainingCost
        - w.CrossOffice * CrossOffice - w.Preference * Preference + w.Change * Changes;
}

/// <summary>One cadre's post in each month of the horizon; null where the cadre is not present.</summary>
public sealed record Assignment(string Cadre, ImmutableArray<string?> Posts);

/// <summary>A course enrolment: the cadre takes the session that starts in <see cref="Start"/> ("YYYY-MM").</summary>
public sealed record Training(string Cadre, string Course, string Start);

/// <summary>
/// One arrival and/or departure at a post at the start of <see cref="Month"/>, with the working-day window
/// before it in which the outgoing holder hands over.
/// </summary>
public sealed record Handover(
    string Post,
    string Month,
    string? From,
    string? To,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    ImmutableArray<string> Items);

public static class CheckpointKind
{
    public const string Onboarding = "onboarding";
    public const string Review = "review";
    public const string Exit = "exit";
}

public sealed record Checkpoint(string Cadre, string Post, string Kind, string Month, DateOnly Date, string? Reviewer);

/// <summary>The plan file of SPEC §5.</summary>
public sealed record Plan(
    string Scenario,
    PlanStatus Status,
    long? Objective,
    double? BestBound,
    double SolveSeconds,
    Terms Terms,
    ImmutableArray<string> Months,
    ImmutableArray<Assignment> Assignments,
    ImmutableArray<Training> Trainings,
    ImmutableArray<Handover> Handovers,
    ImmutableArray<Checkpoint> Checkpoints,
    ImmutableArray<string> Conflicts)
{
    public bool HasAssignments => Status is PlanStatus.Optimal or PlanStatus.Feasible;
}
