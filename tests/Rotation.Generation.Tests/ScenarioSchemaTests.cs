namespace Rotation.Generation.Tests;

/// <summary>
/// Both families of generated scenarios are valid against docs/scenario.schema.json, as the bundled dataset is
/// (Rotation.Domain.Tests checks that one, and that the schema agrees with the loader).
/// </summary>
public class ScenarioSchemaTests
{
    private const string Generated = "rotation generate";
    private const string Planted = "rotation generate --planted";

    [Theory]
    [InlineData(Generated, 1, 2, 1, 0)]
    [InlineData(Generated, 3, 40, 24, 7)]
    [InlineData(Generated, 4, 48, 36, 123)]
    [InlineData(Generated, 10, 300, 36, 9)]
    [InlineData(Planted, 3, 9, 12, 0)]
    [InlineData(Planted, 4, 60, 36, 1)]
    [InlineData(Planted, 8, 120, 60, 5)]
    [InlineData(Planted, 20, 400, 120, 2)]
    public void A_generated_scenario_is_valid_against_the_schema(string family, int offices, int cadres, int months, int seed)
    {
        var scenario = family == Planted
            ? PlantedGenerator.Generate(new PlantedOptions(offices, cadres, months, seed)).Scenario
            : ScenarioGenerator.Generate(new GeneratorOptions(offices, cadres, months, seed));

        ScenarioSchema.AssertValid(scenario, $"{family} --offices {offices} --cadres {cadres} --months {months} --seed {seed}");
    }
}
