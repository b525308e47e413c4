using Microsoft.AspNetCore.Http;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Outputs.Files;
using Rotation.Runs;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>A finished run's plan, found by its address, with the plan file as written and the scenario it is a plan of.</summary>
/// <param name="Address">"RUN", "RUN/candidate-N" or "RUN/suggestion-K", as the plan is named in a comparison.</param>
/// <param name="Scenario">The run's stored scenario; for a suggestion, its own scenario file (the pin and the published plan added).</param>
/// <param name="ReplanOf">The address of the plan this one re-plans around pins (a re-plan's parent, a suggestion's question's plan), or null.</param>
public sealed record FoundPlan(string Address, RunRecord Run, Plan Plan, byte[] File, StoredScenario Scenario, string? ReplanOf);

/// <summary>
/// Finds a plan by its address: "RUN" is the run's plan (candidate-1's for a candidates run), "RUN/candidate-N" one
/// candidate of a candidates run, "RUN/suggestion-K" one suggestion of a suggest run. An unknown run, candidate or
/// suggestion is 404; a run that has not finished, or finished without a plan with rows, is 409.
/// </summary>
public static class PlanAddress
{
    public static (FoundPlan? Plan, Refusal? Problem) Find(string address, IRunStore store, IRunFolders folders)
    {
        var slash = address.IndexOf('/');
        var id = slash < 0 ? address : address[..slash];
        if (RunEndpoints.Find(id, store) is not { } run) return (null, new Refusal(StatusCodes.Status404NotFound, RunEndpoints.NoRun(id)));
        var part = slash < 0 ? null : address[(slash + 1)..];
        string path;
        string? scenarioPath = null;
        if (part is null) path = Path.Combine(OutputFiles.PlanFolder(folders, run), OutputSet.PlanFile);
        else if (OutputFiles.FindCandidate(part, run) is { } candidate)
            path = Path.Combine(folders.Of(run), candidate, OutputSet.PlanFile);
        else if (OutputFiles.FindSuggestion(part, run) is { } rank)
        {
            var (scenarioFile, planFile) = SuggestRun.Files(rank);
            path = Path.Combine(folders.Of(run), planFile);
            scenarioPath = Path.Combine(folders.Of(run), scenarioFile);
        }
        else
            return (null, new Refusal(StatusCodes.Status404NotFound, RunEndpoints.NoCandidate(run, part)));
        if (run.Finished is null)
            return (null, Conflict($"run {id} is {State(run)}; it has no plan yet"));
        if (!File.Exists(path))
            return (null, part is null
                ? Conflict($"run {id} ended {State(run)} without a plan")
                : new Refusal(StatusCodes.Status404NotFound, $"run {id} found fewer {(scenarioPath is null ? "candidates" : "suggestions")} than {part}"));
        var bytes = File.ReadAllBytes(path);
        var plan = PlanLoader.Load(bytes).Value!;
        if (!plan.HasAssignments) return (null, Conflict($"{address}'s plan is {plan.Status}: it has no assignments"));
        var scenario = scenarioPath is null ? store.Scenario(run.Id)! : Stored(File.ReadAllBytes(scenarioPath));
        // A re-plan's run and a suggestion both plan around pins against their parent's plan; a suggest run's own address has no plan.
        var replanOf = scenarioPath is not null || run.Question is null ? run.Parent : null;
        return (new FoundPlan(address, run, plan, bytes, scenario, replanOf), null);
    }

    private static StoredScenario Stored(byte[] content) => new(content, RunSubmitter.Sha(content));

    private static Refusal Conflict(string detail) => new(StatusCodes.Status409Conflict, detail);

    private static string State(RunRecord run) => run.State.ToString().ToLowerInvariant();
}
