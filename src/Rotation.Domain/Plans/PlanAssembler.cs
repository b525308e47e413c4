using System.Collections.Immutable;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Plans;

/// <summary>What a solve decided: who holds which post each month and who takes which course.</summary>
public sealed record Decisions(IReadOnlyDictionary<string, IReadOnlyList<string?>> Posts, ImmutableArray<Training> Trainings);

/// <summary>Builds the full plan file from a solve's decisions: months, rows in scenario order, handovers, checkpoints.</summary>
public static class PlanAssembler
{
    public static Plan Assemble(Scenario scenario, Decisions decisions, PlanStatus status, Terms terms, long objective, double bestBound,
        double solveSeconds) =>
        new(scenario.Name, status, objective, bestBound, solveSeconds, terms,
            [.. scenario.Horizon.Labels()],
            [.. scenario.Cadres.Select(c => new Assignment(c.Id, [.. decisions.Posts[c.Id]]))],
            decisions.Trainings,
            HandoverPlanner.Plan(scenario, decisions.Posts),
            CheckpointPlanner.Plan(scenario, decisions.Posts),
            []);

    /// <summary>The plan file of a solve that found no plan: no rows, and for Infeasible the conflicting rule ids.</summary>
    public static Plan Empty(Scenario scenario, PlanStatus status, IEnumerable<string> conflicts, double solveSeconds) =>
        new(scenario.Name, status, null, null, solveSeconds, Terms.Zero, [.. scenario.Horizon.Labels()], [], [], [], [], [.. conflicts]);
}
