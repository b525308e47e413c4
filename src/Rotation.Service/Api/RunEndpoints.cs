using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rotation.Service.Auth;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>The /api/runs endpoints: submit, list, show, download an output, cancel.</summary>
public static class RunEndpoints
{
    /// <summary>How many runs GET /api/runs lists, newest first.</summary>
    public const int ListLimit = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs");
        runs.MapPost("", Submit).RequireAuthorization(Roles.PlanPolicy);
        runs.MapGet("", (RunStore store, ServiceOptions options) =>
            Results.Ok(new { runs = store.List(ListLimit).Select(r => RunView.Of(r, options.RunsDirectory)) }))
            .RequireAuthorization(Roles.ReadPolicy);
        runs.MapGet("/{id}", (string id, RunStore store, ServiceOptions options) =>
            Find(id, store) is { } run ? Results.Ok(RunView.Of(run, options.RunsDirectory)) : NotFound(id))
            .RequireAuthorization(Roles.ReadPolicy);
        runs.MapGet("/{id}/{file}", Download).RequireAuthorization(Roles.ReadPolicy);
        runs.MapDelete("/{id}", Cancel).RequireAuthorization(Roles.PlanPolicy);
    }

    private static async Task<IResult> Submit(HttpRequest request, RunSubmitter submitter, ServiceOptions options, CancellationToken cancel)
    {
        var upload = await ScenarioUpload.ReadAsync(request, options.MaxRequestBytes, cancel);
        if (upload.Problem is not null) return Results.Problem(upload.Problem, statusCode: upload.Status);
        var seconds = upload.TimeLimitSeconds ?? options.DefaultTimeLimitSeconds;
        if (!(seconds > 0 && seconds <= options.MaxTimeLimitSeconds))
            return Results.Problem($"timeLimit: {seconds}; use more than 0 and at most {options.MaxTimeLimitSeconds} seconds",
                statusCode: StatusCodes.Status400BadRequest);
        var submission = submitter.Submit(upload.Scenario!, RunSource.Upload(upload.FileName), seconds);
        var warnings = submission.Warnings.Select(w => w.ToString()).ToList();
        if (submission.Run is null)
            return Results.BadRequest(new InvalidScenario(
                $"the scenario has {submission.Problems.Count} problem{(submission.Problems.Count == 1 ? "" : "s")}; nothing was queued",
                [.. submission.Problems.Select(p => p.ToString())], warnings));
        var run = submission.Run;
        return Results.Accepted($"/api/runs/{run.Id}", RunView.Of(run, options.RunsDirectory) with { Warnings = warnings });
    }

    private static IResult Download(string id, string file, RunStore store, ServiceOptions options)
    {
        var name = OutputFiles.Find(file);
        if (name is null)
            return Results.Problem($"no file \"{file}\"; a run has {string.Join(", ", Outputs.Files.OutputSet.Files)}",
                statusCode: StatusCodes.Status404NotFound);
        if (Find(id, store) is not { } run) return NotFound(id);
        // The path is built from the stored id and the listed name only.
        var path = Path.GetFullPath(Path.Combine(options.RunsDirectory, run.Id, name));
        return File.Exists(path)
            ? Results.File(path, OutputFiles.ContentType(name), name)
            : Results.Problem($"run {run.Id} has no {name} yet (it is {run.State.ToString().ToLowerInvariant()})",
                statusCode: StatusCodes.Status404NotFound);
    }

    private static IResult Cancel(string id, RunStore store, RunCancellations cancellations, ServiceOptions options, TimeProvider clock)
    {
        if (!RunId.IsWellFormed(id)) return NotFound(id);
        var result = store.RequestCancel(id, clock.GetUtcNow());
        if (result == CancelResult.Requested) cancellations.Cancel(id);
        return result switch
        {
            CancelResult.NotFound => NotFound(id),
            CancelResult.AlreadyFinished => Results.Problem($"run {id} has already finished", statusCode: StatusCodes.Status409Conflict),
            // A running solve stops shortly and stores its best plan; the run shows "cancelled" once it has.
            CancelResult.Requested => Results.Accepted($"/api/runs/{id}", RunView.Of(store.Get(id)!, options.RunsDirectory)),
            _ => Results.Ok(RunView.Of(store.Get(id)!, options.RunsDirectory)),
        };
    }

    private static RunRecord? Find(string id, RunStore store) => RunId.IsWellFormed(id) ? store.Get(id) : null;

    private static IResult NotFound(string id) =>
        Results.Problem($"no run \"{id}\"; GET /api/runs lists the runs", statusCode: StatusCodes.Status404NotFound);
}
