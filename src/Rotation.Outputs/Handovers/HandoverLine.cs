using System.Collections.Immutable;
using Rotation.Domain.Plans;

namespace Rotation.Outputs.Handovers;

/// <summary>A course the incoming holder must have finished before starting, and its last month.</summary>
public sealed record RequiredTraining(string Course, string Competency, string Start, string Ends);

/// <summary>
/// One handover row of the plan with what people need beside it: the office, the window's working days, the access
/// items to revoke, the training the incoming holder finishes first, and the chain it belongs to.
/// </summary>
/// <param name="Chain">The rows of the same window this one is linked with, the first giver first (itself included), or empty.</param>
public sealed record HandoverLine(
    Handover Row,
    string Office,
    int WorkingDays,
    ImmutableArray<string> AccessItems,
    ImmutableArray<RequiredTraining> Training,
    ImmutableArray<Handover> Chain);
