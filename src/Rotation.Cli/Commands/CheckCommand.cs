using System.CommandLine;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Roster;

namespace Rotation.Cli.Commands;

/// <summary><c>rotation check SCENARIO PLAN</c>: checks a plan against every rule and recomputes its objective.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario the plan was made for." };
        var plan = new Argument<string>("PLAN") { Description = "The plan file (plan.json, as solve writes it)." };
        var command = new Command("check",
            "Check a plan against every rule (H1–H15), its objective terms and its handover and checkpoint rows. " +
            "Prints one line per violation; exits 0 only when the plan holds.")
        {
            scenario, plan,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(scenario), parse.GetRequiredValue(plan), output, error));
        return command;
    }

    private static int Run(string scenarioPath, string planPath, TextWriter output, TextWriter error)
    {
        var scenarioBytes = InputFile.Read(scenarioPath, error);
        var planBytes = InputFile.Read(planPath, error);
        if (scenarioBytes is null || planBytes is null) return ExitCodes.InvalidInput;
        var scenario = ScenarioInput.Read(scenarioBytes, scenarioPath).Loaded;
        var plan = PlanLoader.Load(planBytes);
        var scenarioOk = InputFile.Report(scenarioPath, scenario, error);
        var planOk = InputFile.Report(planPath, plan, error);
        if (!scenarioOk || !planOk) return ExitCodes.InvalidInput;

        var report = PlanChecker.Check(scenario.Value!, plan.Value!);
        foreach (var violation in report.Violations) output.WriteLine(violation);
        if (!report.Holds)
        {
            output.WriteLine($"{planPath}: {Words.Count(report.Violations.Count, "violation")}");
            return ExitCodes.RulesBroken;
        }
        var p = plan.Value!;
        output.WriteLine(p.HasAssignments
            ? $"{planPath}: holds. Status {p.Status}, objective {p.Objective} recomputed from its terms; every rule H1–H15 kept."
            : $"{planPath}: status {p.Status}, no assignments to check{(p.Conflicts.Length > 0 ? $"; conflicts: {string.Join(", ", p.Conflicts)}" : "")}.");
        return ExitCodes.Ok;
    }
}
