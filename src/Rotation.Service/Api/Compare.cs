using Microsoft.AspNetCore.Http;
using Rotation.Comparison;
using Rotation.Domain.Loading;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// GET /api/compare?runs=A,B[,C]: two or three finished plans of one scenario side by side, as compare.json (the first is
/// the reference). Each plan is addressed as <see cref="PlanAddress"/> says; plans of scenarios that differ by a byte
/// are not compared.
/// </summary>
public static class Compare
{
    private const string Runs = "runs";
    private const string Example = "?runs=RUN,OTHER-RUN or ?runs=RUN,RUN/candidate-2";

    public static IResult Answer(HttpRequest request, RunStore store, ServiceOptions options)
    {
        if (request.Query.Keys.FirstOrDefault(k => k != Runs) is { } unknown)
            return BadRequest($"unknown query parameter \"{unknown}\"; the only one is \"{Runs}\", e.g. {Example}");
        var addresses = request.Query[Runs].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length is < 2 or > 3)
            return BadRequest($"{Runs}: {addresses.Length} plan{(addresses.Length == 1 ? "" : "s")} given; compare 2 or 3, e.g. {Example}");
        if (addresses.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return BadRequest($"{Runs}: {twice.Key} is given twice; name each plan once");
        var plans = new List<FoundPlan>();
        foreach (var address in addresses)
        {
            var (plan, problem) = PlanAddress.Find(address, store, options.RunsDirectory);
            if (problem is not null) return problem.ToResult();
            plans.Add(plan!);
        }
        var scenarios = plans.Select(p => store.Scenario(p.Run.Id)!).ToList();
        if (Enumerable.Range(1, plans.Count - 1).FirstOrDefault(i => scenarios[i].Sha != scenarios[0].Sha) is var other and > 0)
            return BadRequest($"{plans[other].Address} and {plans[0].Address} are plans of different scenarios; only plans of one " +
                              "scenario can be compared (a re-plan's scenario is its parent's with pins and the published plan added)");
        if (ScenarioLoader.Load(scenarios[0].Content).Value is not { } scenario)
            return Results.Problem($"the scenario of {plans[0].Address} no longer loads", statusCode: StatusCodes.Status409Conflict);
        var comparison = PlanComparison.Of(scenario, [.. plans.Select(p => new NamedPlan(p.Address, p.Plan))]);
        return Results.Bytes(CompareJson.ToUtf8(comparison), OutputFiles.ContentType(CompareJson.File));
    }

    private static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}
