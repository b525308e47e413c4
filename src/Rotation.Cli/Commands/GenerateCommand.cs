using System.CommandLine;
using Rotation.Generation;
using Rotation.Outputs.Files;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation generate</c>: writes a synthetic scenario that is feasible by construction.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var offices = new Option<int>("--offices") { Description = "Number of offices.", DefaultValueFactory = _ => 3 };
        var cadres = new Option<int>("--cadres") { Description = "Number of cadres (at least two per office).", DefaultValueFactory = _ => 30 };
        var months = new Option<int>("--months") { Description = "Horizon length in months.", DefaultValueFactory = _ => 36 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same options give the same file.", DefaultValueFactory = _ => 1 };
        var file = new Option<string>("--out") { Description = "The scenario file to write.", Required = true };
        var command = new Command("generate",
            "Write a synthetic scenario (offices with lead, specialist, general and pool posts) that is feasible by construction.")
        {
            offices, cadres, months, seed, file,
        };
        command.SetAction(parse => Run(
            new GeneratorOptions(parse.GetValue(offices), parse.GetValue(cadres), parse.GetValue(months), parse.GetValue(seed)),
            parse.GetRequiredValue(file), output, error));
        return command;
    }

    private static int Run(GeneratorOptions options, string path, TextWriter output, TextWriter error)
    {
        var problems = options.Problems();
        foreach (var (option, message) in problems) error.WriteLine($"{option}: {message}");
        if (problems.Count > 0) return ExitCodes.Usage;
        AtomicFile.Write(path, ScenarioGenerator.Generate(options));
        output.WriteLine($"Written {path}: {options.Offices} offices, {options.Cadres} cadres, {options.Months} months, seed {options.Seed}.");
        return ExitCodes.Ok;
    }
}
