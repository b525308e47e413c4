using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Rotation.Domain.Scenarios;

namespace Rotation.Experiments;

/// <summary>
/// How often the workforce changes, per cadre and year: the chance to leave, the expected number of leave spells and
/// their mean length in months, and hires as a share of the starting headcount. All zero: no draws.
/// </summary>
public sealed record WorkforceRates(double AttritionPerYear, double LeaveSpellsPerYear, double LeaveMonths, double HiresPerYear)
{
    public static readonly WorkforceRates None = new(0, 0, 3, 0);
}

/// <summary>How each cell is solved: seconds per cell, CP-SAT workers per cell and the search seed.</summary>
public sealed record SolverSettings(double TimeLimit, int Workers, int Seed)
{
    public static readonly SolverSettings Defaults = new(20, 1, 0);
}

/// <summary>One policy to try: a merge patch of the base scenario, and the patched scenario before any draw.</summary>
public sealed record Variant(string Name, JsonObject Patch, JsonObject Scenario, Scenario Loaded);

/// <summary>A policy experiment (SPEC §9) as read from its file, every variant already patched and valid.</summary>
/// <param name="File">The experiment file, as given.</param>
/// <param name="Base">The base scenario's JSON.</param>
/// <param name="BaseScenario">The base scenario as loaded; the workforce draws are made on it.</param>
public sealed record Experiment(
    string File,
    JsonObject Base,
    Scenario BaseScenario,
    ImmutableArray<Variant> Variants,
    string Baseline,
    int Replications,
    int Seed,
    WorkforceRates Workforce,
    SolverSettings Solver);
