using System.CommandLine;
using System.Diagnostics;
using Rotation.Checking;
using Rotation.Checking.Objective;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Generation;
using Rotation.Outputs.Files;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation generate</c>: writes a synthetic scenario that is feasible by construction; with <c>--planted</c>, a
/// planted scenario and the plan it was fitted around.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var offices = new Option<int>("--offices") { Description = "Number of offices.", DefaultValueFactory = _ => 3 };
        var cadres = new Option<int>("--cadres") { Description = "Number of cadres (at least two per office; three with --planted).", DefaultValueFactory = _ => 30 };
        var months = new Option<int>("--months") { Description = "Horizon length in months.", DefaultValueFactory = _ => 36 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same options give the same file.", DefaultValueFactory = _ => 1 };
        var file = new Option<string>("--out") { Description = "The scenario file to write.", Required = true };
        var planted = new Option<bool>("--planted")
        {
            Description = "Draw a plan that keeps every rule first, then fit the scenario around it (3–200 offices, 12–120 months); " +
                          "the plan is written too, and its objective bounds the optimum from above.",
        };
        var planOut = new Option<string>("--plan-out")
        {
            Description = "With --planted: the plan file to write [the scenario file's name with .planted.json].",
        };
        var pins = new Option<int>("--pins")
        {
            Description = "With --planted: how many cadres get a pin (a decision already taken) that the planted plan keeps [0].",
        };
        var command = new Command("generate",
            "Write a synthetic scenario (offices with lead, specialist, general and pool posts) that is feasible by construction, " +
            "or with --planted a scenario fitted around a plan drawn first, and that plan.")
        {
            offices, cadres, months, seed, file, planted, planOut, pins,
        };
        command.SetAction(parse =>
        {
            var (o, c, m, s) = (parse.GetValue(offices), parse.GetValue(cadres), parse.GetValue(months), parse.GetValue(seed));
            return parse.GetValue(planted)
                ? RunPlanted(new PlantedOptions(o, c, m, s, parse.GetValue(pins)), parse.GetRequiredValue(file), parse.GetValue(planOut), output, error)
                : Run(new GeneratorOptions(o, c, m, s), parse.GetRequiredValue(file), parse.GetValue(planOut), parse.GetValue(pins), output, error);
        });
        return command;
    }

    private static int Run(GeneratorOptions options, string path, string? planPath, int pins, TextWriter output, TextWriter error)
    {
        var problems = options.Problems().ToList();
        if (planPath is not null) problems.Add(("--plan-out", "only a planted scenario has a plan; add --planted"));
        if (pins != 0) problems.Add(("--pins", "only a planted scenario has pins, drawn from its plan; add --planted"));
        if (Report(problems, error)) return ExitCodes.Usage;
        AtomicFile.Write(path, ScenarioGenerator.Generate(options));
        output.WriteLine($"Written {path}: {options.Offices} offices, {options.Cadres} cadres, {options.Months} months, seed {options.Seed}.");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The planted scenario is loaded like any other and its plan checked like any solve's before either file is
    /// written: a plan that fails is a bug in the generator (exit 70), and nothing is written.
    /// </summary>
    private static int RunPlanted(PlantedOptions options, string path, string? planPath, TextWriter output, TextWriter error)
    {
        if (Report(options.Problems(), error)) return ExitCodes.Usage;
        planPath ??= Path.ChangeExtension(path, null) + ".planted.json";
        var clock = Stopwatch.StartNew();
        var planted = PlantedGenerator.Generate(options);
        var drawn = clock.Elapsed.TotalSeconds;
        var loaded = ScenarioLoader.Load(planted.Scenario);
        if (!loaded.Succeeded)
            throw new InvalidOperationException($"the planted scenario does not load: {string.Join("; ", loaded.Problems.Take(5))}");
        var scenario = loaded.Value!;
        var plan = PlanFile(scenario, planted);
        var report = PlanChecker.Check(scenario, plan);
        if (!report.Holds)
        {
            foreach (var violation in report.Violations.Take(20)) error.WriteLine(violation);
            error.WriteLine($"rotation: the planted plan breaks {report.Violations.Count} rule(s). This is a bug; please report it with the options.");
            return ExitCodes.InternalError;
        }
        AtomicFile.Write(path, planted.Scenario);
        AtomicFile.Write(planPath, PlanWriter.ToUtf8(plan));
        output.WriteLine($"Written {path}: planted, {options.Offices} offices, {options.Cadres} cadres, {options.Months} months, " +
                         $"seed {options.Seed}, drawn in {drawn:0.00} s.");
        output.WriteLine($"Written {planPath}: {plan.Terms.Moves} moves, objective {plan.Objective} (an upper bound on the optimum).");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The plan file of SPEC §5 for the planted decisions: rows, handovers and checkpoints as every solve assembles them,
    /// the terms counted by the checker's own terms.
    /// </summary>
    private static Plan PlanFile(Scenario scenario, PlantedScenario planted)
    {
        var draft = PlanAssembler.Assemble(scenario, new Decisions(planted.Posts, planted.Trainings), PlanStatus.Feasible, Terms.Zero, 0,
            planted.BestBound, 0);
        var terms = ObjectiveRule.Count(new PlanView(scenario, draft));
        return draft with { Terms = terms, Objective = terms.Objective(scenario.Policy.Weights) };
    }

    /// <summary>Prints every problem with the options at once; true when there was one.</summary>
    private static bool Report(IReadOnlyList<(string Option, string Message)> problems, TextWriter error)
    {
        foreach (var (option, message) in problems) error.WriteLine($"{option}: {message}");
        return problems.Count > 0;
    }
}
