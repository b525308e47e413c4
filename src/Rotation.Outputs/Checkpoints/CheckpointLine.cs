using Rotation.Domain.Plans;

namespace Rotation.Outputs.Checkpoints;

/// <summary>One checkpoint row of the plan with what the reviewer assesses and the calendar UID that identifies it.</summary>
public sealed record CheckpointLine(Checkpoint Row, string Office, string Assesses, string Uid);
