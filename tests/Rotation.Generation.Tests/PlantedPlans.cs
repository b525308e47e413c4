using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Generation.Tests;

/// <summary>A planted scenario read back as <c>rotation generate --planted</c> writes it: loaded, its plan assembled.</summary>
internal sealed record PlantedCase(PlantedOptions Options, PlantedScenario Planted, Scenario Scenario, Plan Plan)
{
    public static PlantedCase Of(PlantedOptions options)
    {
        var planted = PlantedGenerator.Generate(options);
        var loaded = ScenarioLoader.Load(planted.Scenario);
        Assert.True(loaded.Succeeded, $"{options}: {string.Join("; ", loaded.Problems.Take(5))}");
        Assert.Empty(loaded.Warnings);
        var scenario = loaded.Value!;
        var draft = PlanAssembler.Assemble(scenario, new Decisions(planted.Posts, planted.Trainings), PlanStatus.Feasible, Terms.Zero, 0,
            planted.BestBound, 0);
        var terms = ObjectiveRule.Count(new PlanView(scenario, draft));
        return new PlantedCase(options, planted, scenario, draft with { Terms = terms, Objective = terms.Objective(scenario.Policy.Weights) });
    }

    /// <summary>Every violation the independent checker finds, the objective and the derived rows included.</summary>
    public IReadOnlyList<Violation> Violations => PlanChecker.Check(Scenario, Plan).Violations;

    public PlanView View => new(Scenario, Plan);
}
