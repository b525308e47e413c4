using System.CommandLine;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Roster;
using Rotation.Runs;
using Rotation.Solver;

namespace Rotation.Cli.Commands;

/// <summary>
/// <c>rotation suggest SCENARIO PLAN --post P --month M</c> ("who could fill this post?") and <c>--cadre C --month M</c>
/// ("where could this cadre go?"): each answer a re-plan around a pin, checked, ranked by objective.
/// </summary>
internal static class SuggestCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario the plan was made for." };
        var plan = new Argument<string>("PLAN") { Description = "The current plan (plan.json); each suggestion is a re-plan of it." };
        var post = new Option<string?>("--post") { Description = "Who could fill this post from --month?" };
        var cadre = new Option<string?>("--cadre") { Description = "Which posts could this cadre take in --month?" };
        var month = new Option<string>("--month") { Description = "The month (YYYY-MM) of the decision.", Required = true };
        var top = new Option<int>("--top") { Description = "How many suggestions at most.", DefaultValueFactory = _ => 5 };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for suggestions.json and each suggestion's scenario and plan.", Required = true };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds for all the re-plans together.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int?>("--workers") { Description = "Search workers. Default: one per core." };
        var seed = new Option<int>("--seed") { Description = "Random seed of the search.", DefaultValueFactory = _ => 0 };
        var command = new Command("suggest",
            "Suggest who could fill a post from a month (--post), or where a cadre could go in a month (--cadre): each " +
            "suggestion re-plans around that decision (the plan published, the cadre pinned to the post), keeps every rule, " +
            "and is ranked by objective. Writes suggestions.json and suggestion-K.scenario.json / suggestion-K.json.")
        {
            scenario, plan, post, cadre, month, top, outDir, timeLimit, workers, seed,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(parse.GetRequiredValue(scenario), parse.GetRequiredValue(plan),
            parse.GetValue(post), parse.GetValue(cadre), parse.GetRequiredValue(month), parse.GetValue(top), parse.GetRequiredValue(outDir),
            new SolveOptions { TimeLimitSeconds = parse.GetValue(timeLimit), Workers = parse.GetValue(workers), Seed = parse.GetValue(seed), Cancellation = cancel },
            output, error, clock)));
        return command;
    }

    private static int Run(string scenarioPath, string planPath, string? post, string? cadre, string monthText, int top, string outDir,
        SolveOptions options, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if ((post is null) == (cadre is null))
        {
            error.WriteLine("rotation: give exactly one of --post (who could fill it?) and --cadre (where could they go?)");
            return ExitCodes.Usage;
        }
        if (top is < 1 or > SuggestRun.MostSuggestions || options.TimeLimitSeconds is <= 0 or > 86_400 || double.IsNaN(options.TimeLimitSeconds))
        {
            error.WriteLine("rotation: --top must be between 1 and 50, and --time-limit more than 0 and at most 86400 seconds");
            return ExitCodes.Usage;
        }
        if (YearMonth.TryParse(monthText) is not { } month)
        {
            error.WriteLine($"rotation: --month \"{monthText}\" is not a month; write it YYYY-MM, e.g. 2027-09");
            return ExitCodes.Usage;
        }
        var scenarioBytes = InputFile.Read(scenarioPath, error);
        var planBytes = InputFile.Read(planPath, error);
        if (scenarioBytes is null || planBytes is null) return ExitCodes.InvalidInput;
        var input = ScenarioInput.Read(scenarioBytes, scenarioPath);
        var loaded = input.Loaded;
        var current = PlanLoader.Load(planBytes);
        if (!InputFile.Report(scenarioPath, loaded, error) | !InputFile.Report(planPath, current, error)) return ExitCodes.InvalidInput;
        var s = loaded.Value!;
        var problem = Unfit(s, current.Value!, post, cadre, month, scenarioPath, planPath);
        if (problem is not null)
        {
            error.WriteLine(problem);
            return ExitCodes.InvalidInput;
        }
        if (!PlanChecker.Check(s, current.Value!).Holds)
            error.WriteLine($"{planPath}: warning: the plan breaks a rule (see rotation check); the suggestions re-plan it all the same");

        var result = SuggestRun.Run(ScenarioEdit.Parse(input.Json!), s, current.Value!, new SuggestQuestion(post, cadre, month, top), options, outDir, clock);
        foreach (var suggestion in result.Suggestions) output.WriteLine($"{suggestion.Rank}. {suggestion.Text}");
        var asked = post is not null ? $"who could fill {post} in {month}" : $"where {cadre} could go in {month}";
        output.WriteLine(result.Suggestions.Count == 0
            ? $"No suggestion for {asked}: {result.Eligible} possible, {result.Tried} re-planned, none kept every rule in time."
            : $"{Words.Count(result.Suggestions.Count, "suggestion")} for {asked} ({result.Tried} of {result.Eligible} possible re-planned). " +
              $"Written {Path.Combine(outDir, SuggestRun.ListFile)}.");
        return ExitCodes.Ok;
    }

    /// <summary>Why the question cannot be asked of this scenario and plan, or null.</summary>
    private static string? Unfit(Scenario s, Domain.Plans.Plan plan, string? post, string? cadre, YearMonth month, string scenarioPath, string planPath)
    {
        return InputFile.Unfit(plan, planPath, s.Horizon.Labels(), scenarioPath, "re-planned") ?? (SuggestRun.Problems(s, post, cadre, month) is [var (field, problem), ..] ? $"rotation: --{field}: {problem}" : null);
    }
}
