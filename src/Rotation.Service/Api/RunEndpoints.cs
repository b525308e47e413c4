using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rotation.Outputs.Files;
using Rotation.Service.Auth;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>The /api/runs endpoints: submit, list, show, download an output, cancel, re-plan, suggest; and /api/compare.</summary>
public static class RunEndpoints
{
    /// <summary>How many runs GET /api/runs lists, newest first.</summary>
    public const int ListLimit = 1000;

    /// <summary>Most candidates one run may ask for, as the CLI's --candidates allows.</summary>
    public const int MaxCandidates = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs");
        runs.MapPost("", Submit).RequireAuthorization(Roles.PlanPolicy);
        runs.MapGet("", (IRunStore store, IRunFolders folders) =>
            Results.Ok(new { runs = store.List(ListLimit).Select(r => RunView.Of(r, folders)) }))
            .RequireAuthorization(Roles.ReadPolicy);
        runs.MapGet("/{id}", (string id, IRunStore store, IRunFolders folders) =>
            Find(id, store) is { } run ? Results.Ok(RunView.Of(run, folders)) : NotFound(id))
            .RequireAuthorization(Roles.ReadPolicy);
        runs.MapGet("/{id}/{file}", Download).RequireAuthorization(Roles.ReadPolicy);
        runs.MapGet("/{id}/{candidate}/{file}", DownloadCandidate).RequireAuthorization(Roles.ReadPolicy);
        runs.MapDelete("/{id}", Cancel).RequireAuthorization(Roles.PlanPolicy);
        runs.MapPost("/{id}/replan", Replan.SubmitAsync).RequireAuthorization(Roles.PlanPolicy);
        runs.MapPost("/{id}/suggestions", Suggestions.SubmitAsync).RequireAuthorization(Roles.PlanPolicy);
        // The same of one candidate's or suggestion's plan: its address is "RUN/candidate-N" or "RUN/suggestion-K", as a comparison names it.
        runs.MapPost("/{id}/{plan}/replan", (string id, string plan, HttpRequest request, IRunStore store, IRunFolders folders,
            RunSubmitter submitter, ServiceOptions options, CancellationToken cancel) =>
            Replan.SubmitAsync($"{id}/{plan}", request, store, folders, submitter, options, cancel))
            .RequireAuthorization(Roles.PlanPolicy);
        runs.MapPost("/{id}/{plan}/suggestions", (string id, string plan, HttpRequest request, IRunStore store, IRunFolders folders,
            RunSubmitter submitter, ServiceOptions options, CancellationToken cancel) =>
            Suggestions.SubmitAsync($"{id}/{plan}", request, store, folders, submitter, options, cancel))
            .RequireAuthorization(Roles.PlanPolicy);
        app.MapGet("/api/compare", Compare.Answer).RequireAuthorization(Roles.ReadPolicy);
    }

    private static async Task<IResult> Submit(HttpRequest request, RunSubmitter submitter, ServiceOptions options, IRunFolders folders,
        CancellationToken cancel)
    {
        var upload = await ScenarioUpload.ReadAsync(request, options.MaxRequestBytes, cancel);
        if (upload.Problem is not null) return Results.Problem(upload.Problem, statusCode: upload.Status);
        return Queue(upload.Scenario!, RunSource.Upload(upload.FileName), upload.TimeLimitSeconds, upload.Candidates, upload.Diversity, submitter, options)
            .ToResult(folders);
    }

    /// <summary>
    /// A scenario as submitted, by the API or the web app's form: its settings checked (a time limit within the service's,
    /// a sensible number of candidates), then the scenario itself, then queued.
    /// </summary>
    public static Queued Queue(byte[] scenario, string source, double? timeLimitSeconds, int? candidates, int? diversity,
        RunSubmitter submitter, ServiceOptions options)
    {
        var seconds = timeLimitSeconds ?? options.DefaultTimeLimitSeconds;
        if (TimeLimitProblem(seconds, options) is { } problem) return Queued.Refused(problem);
        if (candidates is < 1 or > MaxCandidates)
            return Queued.Refused(Refusal.BadRequest($"candidates: {candidates}; ask for 1 to {MaxCandidates} plans"));
        if (diversity is not null && (candidates is null || diversity < 1))
            return Queued.Refused(Refusal.BadRequest(candidates is null
                ? "diversity goes with candidates=K; add candidates or leave diversity out"
                : $"diversity: {diversity}; use at least 1 cell"));
        return Queued.Submitted(submitter.Submit(scenario, source, seconds, candidates, diversity), "scenario");
    }

    /// <summary>202 with the queued run, or 400 with every problem of a scenario that does not load (nothing queued).</summary>
    /// <param name="what">What the problems are in, for the title: "scenario" gives "the scenario has 2 problems".</param>
    internal static IResult Accepted(Submission submission, string what, IRunFolders folders)
    {
        var warnings = submission.Warnings.Select(w => w.ToString()).ToList();
        if (submission.Run is not { } run) return Invalid(what, [.. submission.Problems.Select(p => p.ToString())], warnings);
        return Results.Accepted($"/api/runs/{run.Id}", RunView.Of(run, folders) with { Warnings = warnings });
    }

    /// <summary>400 with every problem found, none of it queued.</summary>
    internal static IResult Invalid(string what, IReadOnlyList<string> errors, IReadOnlyList<string> warnings) =>
        Results.BadRequest(new InvalidScenario($"the {what} has {errors.Count} problem{(errors.Count == 1 ? "" : "s")}; nothing was queued",
            errors, warnings));

    internal static Refusal? TimeLimitProblem(double seconds, ServiceOptions options) =>
        seconds > 0 && seconds <= options.MaxTimeLimitSeconds
            ? null
            : Refusal.BadRequest($"timeLimit: {seconds}; use more than 0 and at most {options.MaxTimeLimitSeconds} seconds");

    private static IResult Download(string id, string file, IRunStore store, IRunFolders folders)
    {
        if (Find(id, store) is not { } run) return NotFound(id);
        return OutputFiles.Find(file, run) is { } name ? Send(run, folders, name) : NoFile(file, OutputFiles.Names(run));
    }

    private static IResult DownloadCandidate(string id, string candidate, string file, IRunStore store, IRunFolders folders)
    {
        if (OutputFiles.FindCandidateFile(file) is not { } name) return NoFile(file, OutputSet.Files);
        if (Find(id, store) is not { } run) return NotFound(id);
        return OutputFiles.FindCandidate(candidate, run) is { } folder
            ? Send(run, folders, $"{folder}/{name}")
            : Results.Problem(NoCandidate(run, candidate), statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>A file in the run's folder: the folder's path comes from the stored id, <paramref name="relative"/> from listed names only.</summary>
    private static IResult Send(RunRecord run, IRunFolders folders, string relative)
    {
        var path = Path.Combine(folders.Of(run), relative);
        // Pages (report.html, compare.html) open in the browser, and in the web app's frame; every other file downloads.
        var download = Path.GetExtension(path) == ".html" ? null : Path.GetFileName(path);
        return File.Exists(path)
            ? Results.File(path, OutputFiles.ContentType(path), download)
            : Results.Problem($"run {run.Id} has no {relative} yet (it is {run.State.ToString().ToLowerInvariant()})",
                statusCode: StatusCodes.Status404NotFound);
    }

    internal static string NoCandidate(RunRecord run, string candidate) => run switch
    {
        { Candidates: { } asked } => $"run {run.Id} has no \"{candidate}\"; it asked for candidate-1 to candidate-{asked.Count}",
        { Question: { } question } => $"run {run.Id} has no \"{candidate}\"; it asked for suggestion-1 to suggestion-{question.Top}",
        _ => $"run {run.Id} is not a candidates run; address its own plan and files without a candidate",
    };

    private static IResult NoFile(string file, IReadOnlyList<string> names) =>
        Results.Problem($"no file \"{file}\"; a run has {string.Join(", ", names)}", statusCode: StatusCodes.Status404NotFound);

    private static IResult Cancel(string id, IRunStore store, RunCancellations cancellations, IRunFolders folders, TimeProvider clock) =>
        cancellations.Request(id, store, clock.GetUtcNow()) switch
        {
            CancelResult.NotFound => NotFound(id),
            CancelResult.AlreadyFinished => Results.Problem($"run {id} has already finished", statusCode: StatusCodes.Status409Conflict),
            // A running solve stops shortly and stores its best plan; the run shows "cancelled" once it has.
            CancelResult.Requested => Results.Accepted($"/api/runs/{id}", RunView.Of(store.Get(id)!, folders)),
            _ => Results.Ok(RunView.Of(store.Get(id)!, folders)),
        };

    internal static RunRecord? Find(string id, IRunStore store) => RunId.IsWellFormed(id) ? store.Get(id) : null;

    internal static string NoRun(string id) => $"no run \"{id}\"; GET /api/runs lists the runs";

    private static IResult NotFound(string id) => Results.Problem(NoRun(id), statusCode: StatusCodes.Status404NotFound);
}
