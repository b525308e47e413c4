using Microsoft.AspNetCore.Http;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// GET /api/compare?runs=A,B[,C][&amp;format=json|md|html]: two or three finished plans side by side, as compare.json,
/// compare.md or compare.html (the first plan is the reference). Each plan is addressed as <see cref="PlanAddress"/>
/// says. The plans must be of one scenario (to the byte), or be a re-plan and the run it re-plans.
/// </summary>
public static class Compare
{
    private const string Runs = "runs";
    private const string Format = "format";
    private static readonly Dictionary<string, string> Formats = new()
    {
        ["json"] = CompareJson.File,
        ["md"] = CompareMarkdown.File,
        ["html"] = CompareHtml.File,
    };
    private const string Example = "?runs=RUN,OTHER-RUN or ?runs=RUN,RUN/candidate-2";

    public static IResult Answer(HttpRequest request, IRunStore store, IRunFolders folders)
    {
        if (request.Query.Keys.FirstOrDefault(k => k != Runs && k != Format) is { } unknown)
            return Refusal.BadRequest($"unknown query parameter \"{unknown}\"; give \"{Runs}\", e.g. {Example}, and \"{Format}\" (json, md or html) if not json").ToResult();
        var format = request.Query[Format].ToString() is { Length: > 0 } asked ? asked : "json";
        if (!Formats.TryGetValue(format, out var file))
            return Refusal.BadRequest($"{Format}: \"{format}\"; give json, md or html").ToResult();
        var addresses = request.Query[Runs].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (comparison, problem) = Of(addresses, store, folders);
        if (problem is not null) return problem.ToResult();
        var bytes = file switch
        {
            CompareHtml.File => CompareHtml.ToUtf8(comparison!),
            CompareMarkdown.File => CompareMarkdown.ToUtf8(comparison!),
            _ => CompareJson.ToUtf8(comparison!),
        };
        return Results.Bytes(bytes, OutputFiles.ContentType(file));
    }

    /// <summary>
    /// The plans at <paramref name="addresses"/> compared under their scenario, or why not. Plans of one scenario are compared
    /// under it; a re-plan and the run it re-plans are compared under the re-plan's scenario, so that the parent's plan is seen
    /// against the pins it does not keep and the re-plan pays for what it changes.
    /// </summary>
    public static (PlanComparison? Comparison, Refusal? Problem) Of(IReadOnlyList<string> addresses, IRunStore store, IRunFolders folders)
    {
        if (addresses.Count is < 2 or > 3)
            return (null, Refusal.BadRequest($"{Runs}: {addresses.Count} plan{(addresses.Count == 1 ? "" : "s")} given; compare 2 or 3, e.g. {Example}"));
        if (addresses.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return (null, Refusal.BadRequest($"{Runs}: {twice.Key} is given twice; name each plan once"));
        var plans = new List<FoundPlan>();
        foreach (var address in addresses)
        {
            var (plan, problem) = PlanAddress.Find(address, store, folders);
            if (problem is not null) return (null, problem);
            plans.Add(plan!);
        }
        var scenarios = plans.Select(p => p.Scenario).ToList();
        // Plan j can be seen under plan i's scenario when they share it, or when plan j is the plan that plan i re-plans.
        bool Fits(int j, int i) => scenarios[j].Sha == scenarios[i].Sha || plans[i].ReplanOf == plans[j].Address;
        var under = Enumerable.Range(0, plans.Count).FirstOrDefault(i => Enumerable.Range(0, plans.Count).All(j => Fits(j, i)), -1);
        if (under < 0)
        {
            var other = Enumerable.Range(1, plans.Count - 1).First(i => scenarios[i].Sha != scenarios[0].Sha);
            return (null, Refusal.BadRequest($"{plans[other].Address} and {plans[0].Address} are plans of different scenarios; only plans of one " +
                                             "scenario, or a re-plan or suggestion and the plan it re-plans, can be compared"));
        }
        if (ScenarioLoader.Load(scenarios[under].Content).Value is not { } scenario)
            return (null, new Refusal(StatusCodes.Status409Conflict, $"the scenario of {plans[under].Address} no longer loads"));
        return (PlanComparison.Of(scenario, [.. plans.Select(p => new NamedPlan(p.Address, p.Plan))]), null);
    }
}
