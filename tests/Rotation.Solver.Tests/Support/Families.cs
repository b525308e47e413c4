using System.Text;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Generation;
using Rotation.Solver.Search;

namespace Rotation.Solver.Tests.Support;

/// <summary>
/// The two families of generated scenarios: <c>rotation generate</c> (the stay-put plan keeps every rule) and the
/// planted-solution generator (a plan that keeps every rule is drawn first, the scenario fitted around it).
/// </summary>
internal static class Families
{
    public const string Generate = "generate";
    public const string Planted = "planted";

    /// <summary>A generated scenario, and for the planted family its planted plan (judged by the checker, bound given by the generator).</summary>
    /// <param name="pins">For the planted family: cadres pinned to a stretch of their planted row.</param>
    public static (Scenario Scenario, Plan? Planted) Make(string family, int offices, int cadres, int months, int seed, int pins = 0)
    {
        switch (family)
        {
            case Generate:
                return (Load(ScenarioGenerator.Generate(new GeneratorOptions(offices, cadres, months, seed))), null);
            case Planted:
                var planted = PlantedGenerator.Generate(new PlantedOptions(offices, cadres, months, seed, pins));
                var scenario = Load(planted.Scenario);
                var rows = planted.Posts.ToDictionary(r => r.Key, r => r.Value.ToArray());
                var judge = new PartJudge(scenario, (_, _) => true);
                var verdict = judge.Judge(rows, planted.Trainings);
                Assert.True(verdict is not null, $"the checker rejects the planted plan of {Describe(family, offices, cadres, months, seed, pins)}: " +
                                                 string.Join("; ", judge.Faults(rows, planted.Trainings)));
                return (scenario, verdict.ToPlan(scenario, rows, planted.Trainings, planted.BestBound, 0));
            default:
                throw new ArgumentException($"no family {family}", nameof(family));
        }
    }

    /// <summary>The command that writes the scenario.</summary>
    public static string Describe(string family, int offices, int cadres, int months, int seed, int pins = 0) =>
        $"rotation generate{(family == Planted ? " --planted" : "")} --offices {offices} --cadres {cadres} --months {months} --seed {seed}" +
        (pins > 0 ? $" --pins {pins}" : "");

    private static Scenario Load(byte[] json) => Tiny.Load(Encoding.UTF8.GetString(json));
}
