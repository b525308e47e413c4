using System.CommandLine;
using System.Globalization;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Roster;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation compare SCENARIO PLAN PLAN [PLAN…] --out DIR</c>: plans of one scenario side by side, with the reasons one scores better.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario the plans were made for." };
        var plans = new Argument<string[]>("PLAN") { Description = "Two or more plan files; the first is the reference.", Arity = new ArgumentArity(2, 100) };
        var outDir = new Option<string>("--out") { Description = "Folder to write compare.json, compare.md and compare.html into.", Required = true };
        var command = new Command("compare",
            "Compare plans of one scenario: their objectives, terms and figures side by side, the cells where they differ, " +
            "and term by term the reasons each plan scores differently from the first. Writes compare.json for programs, " +
            "compare.md to print or read on GitHub, and compare.html with charts and a timeline marking where the plans differ.")
        {
            scenario, plans, outDir,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(scenario), parse.GetRequiredValue(plans), parse.GetRequiredValue(outDir), output, error));
        return command;
    }

    private static int Run(string scenarioPath, string[] planPaths, string outDir, TextWriter output, TextWriter error)
    {
        var scenarioBytes = InputFile.Read(scenarioPath, error);
        var planBytes = planPaths.Select(p => InputFile.Read(p, error)).ToArray();
        if (scenarioBytes is null || planBytes.Any(b => b is null)) return ExitCodes.InvalidInput;
        var scenario = ScenarioInput.Read(scenarioBytes, scenarioPath).Loaded;
        var loaded = planBytes.Select(b => PlanLoader.Load(b!)).ToArray();
        var ok = InputFile.Report(scenarioPath, scenario, error);
        for (var i = 0; i < loaded.Length; i++) ok &= InputFile.Report(planPaths[i], loaded[i], error);
        if (!ok) return ExitCodes.InvalidInput;

        var months = scenario.Value!.Horizon.Labels();
        var problems = loaded.Select((l, i) => InputFile.Unfit(l.Value!, planPaths[i], months, scenarioPath, "compared")).OfType<string>().ToList();
        foreach (var problem in problems) error.WriteLine(problem);
        var invalid = problems.Count > 0;
        if (invalid) return ExitCodes.InvalidInput;

        var comparison = PlanComparison.Of(scenario.Value!, [.. Names(planPaths).Zip(loaded, (name, l) => new NamedPlan(name, l.Value!))]);
        foreach (var p in comparison.Plans.Where(p => !p.Holds))
            error.WriteLine($"{p.Name}: warning: breaks {Words.Count(p.Violations, "rule")} (see rotation check); compared as it is");
        var written = CompareFiles.Write(comparison, outDir);
        Print(comparison, output);
        output.WriteLine($"Written {string.Join(", ", written.Select(f => Path.Combine(outDir, f)))}.");
        output.WriteLine($"Open {Path.Combine(outDir, CompareHtml.File)} to see the plans side by side.");
        return ExitCodes.Ok;
    }

    /// <summary>The files' paths as given, made unique where one is given twice.</summary>
    private static IEnumerable<string> Names(string[] paths) =>
        paths.Select((p, i) => paths.Take(i).Contains(p) ? $"{p} #{i + 1}" : p);

    private static void Print(PlanComparison comparison, TextWriter output)
    {
        var reference = comparison.Plans[0];
        for (var i = 0; i < comparison.Plans.Length; i++)
        {
            var p = comparison.Plans[i];
            var versus = i == 0 ? "reference" : $"{p.Objective - reference.Objective:+#;−#;0} against the reference, {Differ(comparison.Distance(0, i))}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {p.Name}: objective {p.Objective} ({versus}); {p.Kpis.Moves} moves, vacancy {p.Terms.Vacancy}, {p.Kpis.Movers} people move"));
            if (i == 0) continue;
            foreach (var term in comparison.WhyByTerm(i + 1))
                output.WriteLine($"     {term.Term}: {term.Subtotal:+#;−#;0} ({Words.Count(term.Reasons.Length, "item")})");
        }
    }

    private static string Differ(int cells) => cells == 1 ? "1 cell differs" : $"{cells} cells differ";
}
