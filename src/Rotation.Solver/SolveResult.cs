using Rotation.Domain.Plans;

namespace Rotation.Solver;

/// <summary>What a solve produced: the full plan file (with rows derived) and facts about the run.</summary>
public sealed record SolveResult(Plan Plan, ModelSize Size, double? FirstPlanSeconds, IReadOnlyList<string> ConflictSentences);
