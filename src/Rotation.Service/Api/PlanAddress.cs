using Microsoft.AspNetCore.Http;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>A finished run's plan, found by its address, with the plan file as written.</summary>
/// <param name="Address">"RUN" or "RUN/candidate-N", as the plan is named in a comparison.</param>
public sealed record FoundPlan(string Address, RunRecord Run, Plan Plan, byte[] File);

/// <summary>
/// Finds a plan by its address: "RUN" is the run's plan (candidate-1's for a candidates run), "RUN/candidate-N" one
/// candidate of a candidates run. An unknown run or candidate is 404; a run that has not finished, or finished without a
/// plan with rows, is 409.
/// </summary>
public static class PlanAddress
{
    public static (FoundPlan? Plan, Refusal? Problem) Find(string address, RunStore store, string runsDirectory)
    {
        var slash = address.IndexOf('/');
        var id = slash < 0 ? address : address[..slash];
        if (RunEndpoints.Find(id, store) is not { } run) return (null, new Refusal(StatusCodes.Status404NotFound, RunEndpoints.NoRun(id)));
        string folder;
        if (slash < 0) folder = OutputFiles.PlanFolder(runsDirectory, run);
        else if (OutputFiles.FindCandidate(address[(slash + 1)..], run) is { } candidate)
            folder = Path.Combine(OutputFiles.Folder(runsDirectory, run), candidate);
        else
            return (null, new Refusal(StatusCodes.Status404NotFound, RunEndpoints.NoCandidate(run, address[(slash + 1)..])));
        if (run.Finished is null)
            return (null, Conflict($"run {id} is {State(run)}; it has no plan yet"));
        var path = Path.Combine(folder, OutputSet.PlanFile);
        if (!File.Exists(path))
            return (null, slash < 0
                ? Conflict($"run {id} ended {State(run)} without a plan")
                : new Refusal(StatusCodes.Status404NotFound, $"run {id} found fewer candidates than {address[(slash + 1)..]}"));
        var bytes = File.ReadAllBytes(path);
        var plan = PlanLoader.Load(bytes).Value!;
        return plan.HasAssignments
            ? (new FoundPlan(address, run, plan, bytes), null)
            : (null, Conflict($"{address}'s plan is {plan.Status}: it has no assignments"));
    }

    private static Refusal Conflict(string detail) => new(StatusCodes.Status409Conflict, detail);

    private static string State(RunRecord run) => run.State.ToString().ToLowerInvariant();
}
