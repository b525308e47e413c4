using System.Collections.Immutable;

namespace Rotation.Domain.Scenarios;

/// <summary>The rotation cycle: months a stint in one post must last at least and may last at most.</summary>
public sealed record Tenure(int Min, int Max)
{
    /// <summary>The default cycle of SPEC §2: one to three years in a post.</summary>
    public static readonly Tenure Default = new(12, 36);
}

public sealed record TenurePolicy(Tenure Default, ImmutableDictionary<string, Tenure> ByWorkNature)
{
    public Tenure For(string workNature) => ByWorkNature.TryGetValue(workNature, out var t) ? t : Default;
}

/// <summary>Weights of the objective terms (SPEC §4). Every default is the contract's.</summary>
public sealed record Weights(
    int Vacancy = 1000,
    int Move = 10,
    int ExcessMoves = 30,
    int TrainingCost = 1,
    int CrossOffice = 40,
    int Preference = 1,
    int Change = 20)
{
    public static readonly Weights Defaults = new();
}

/// <param name="MaxMovesPerMonth">Moves per month across the organisation; null = no limit.</param>
/// <param name="MaxDeparturesPerOfficePerMonth">Moves out of one office's posts per month; null = no limit.</param>
/// <param name="NoReturnMonths">Months before someone may hold a post they moved out of again [0].</param>
/// <param name="FairMoves">Moves per cadre before each further move counts as excess [1].</param>
/// <param name="HandoverDays">Working days of each handover window [10].</param>
/// <param name="CheckpointMonths">Months after a stint starts at which it is reviewed [1, 3, 6, 12].</param>
/// <param name="FreezeMonths">Leading months of a published plan that may not change [0].</param>
public sealed record Policy(
    TenurePolicy Tenure,
    int? MaxMovesPerMonth,
    int? MaxDeparturesPerOfficePerMonth,
    int NoReturnMonths,
    int FairMoves,
    int HandoverDays,
    ImmutableArray<int> CheckpointMonths,
    int FreezeMonths,
    Weights Weights)
{
    public static readonly ImmutableArray<int> DefaultCheckpointMonths = [1, 3, 6, 12];

    public static readonly Policy Defaults = new(
        new TenurePolicy(Scenarios.Tenure.Default, ImmutableDictionary<string, Tenure>.Empty),
        MaxMovesPerMonth: null,
        MaxDeparturesPerOfficePerMonth: null,
        NoReturnMonths: 0,
        FairMoves: 1,
        HandoverDays: 10,
        DefaultCheckpointMonths,
        FreezeMonths: 0,
        Weights.Defaults);
}
