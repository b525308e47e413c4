using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rotation.Experiments.Charts;
using Rotation.Service.Auth;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// The /api/experiments endpoints: queue a policy experiment's cells as ordinary runs, show its progress and, once every
/// run has finished, its summary, and download its results and charts.
/// </summary>
public static class ExperimentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var experiments = app.MapGroup("/api/experiments");
        experiments.MapPost("", Submit).RequireAuthorization(Roles.PlanPolicy);
        experiments.MapGet("/{id}", (string id, IExperimentStore experimentStore, IRunStore store, IRunFolders folders, ServiceOptions options) =>
            Find(id, experimentStore) is { } record ? Results.Ok(ExperimentView.Of(record, store, folders, options)) : NotFound(id))
            .RequireAuthorization(Roles.ReadPolicy);
        experiments.MapGet("/{id}/{file}", (string id, string file, IExperimentStore experimentStore, IRunStore store, IRunFolders folders,
                ServiceOptions options) => Download(id, file, experimentStore, store, folders, options))
            .RequireAuthorization(Roles.ReadPolicy);
        experiments.MapGet($"/{{id}}/{ExperimentCharts.Folder}/{{file}}", (string id, string file, IExperimentStore experimentStore, IRunStore store,
            IRunFolders folders, ServiceOptions options) => Download(id, $"{ExperimentCharts.Folder}/{file}", experimentStore, store, folders, options)).RequireAuthorization(Roles.ReadPolicy);
    }

    /// <summary>
    /// The body is one JSON object: <c>{"experiment": {...}, "scenario": {...}}</c>, the experiment file (SPEC §9; its
    /// <c>base</c> is not read) and its base scenario. 202 with the experiment, or 400 with every problem, nothing queued.
    /// </summary>
    private static async Task<IResult> Submit(HttpRequest request, ExperimentSubmitter submitter, IRunStore store, IRunFolders folders,
        ServiceOptions options,
        CancellationToken cancel)
    {
        var upload = await ScenarioUpload.ReadAsync(request, options.MaxRequestBytes, cancel);
        if (upload.Problem is not null) return Results.Problem(upload.Problem, statusCode: upload.Status);
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(upload.Scenario!);
        }
        catch (JsonException ex)
        {
            return Refusal.BadRequest($"the body is not valid JSON ({ex.Message})").ToResult();
        }
        if (body is not JsonObject o || o["experiment"] is not JsonObject experiment || o["scenario"] is not JsonObject scenario)
            return Refusal.BadRequest("send one JSON object {\"experiment\": {...the experiment file...}, \"scenario\": {...its base scenario...}}").ToResult();
        var submission = submitter.Submit(upload.FileName ?? "experiment", Utf8(experiment), Utf8(scenario),
            seconds => RunEndpoints.TimeLimitProblem(seconds, options)?.Detail);
        if (submission.Experiment is not { } record) return RunEndpoints.Invalid("experiment", submission.Problems, []);
        return Results.Accepted($"/api/experiments/{record.Id}", ExperimentView.Of(record, store, folders, options));
    }

    private static IResult Download(string id, string file, IExperimentStore experiments, IRunStore store, IRunFolders folders,
        ServiceOptions options)
    {
        if (Find(id, experiments) is not { } record) return NotFound(id);
        if (ExperimentResults.Names.FirstOrDefault(n => n == file) is not { } name)
            return Results.Problem($"no file \"{file}\"; an experiment has {string.Join(", ", ExperimentResults.Names.Take(3))} and charts/*.png",
                statusCode: StatusCodes.Status404NotFound);
        var path = Path.Combine(ExperimentResults.Folder(options, record.Id), name);
        // On a cluster another API node may have shown the summary; this node writes its own copy on first asking.
        if (!File.Exists(path)) ExperimentResults.Summary(record, store, folders, options);
        return File.Exists(path)
            ? Results.File(path, OutputFiles.ContentType(path), name.EndsWith(".png", StringComparison.Ordinal) ? null : Path.GetFileName(path))
            : Results.Problem($"experiment {id} has no {name} yet: its runs have not all finished", statusCode: StatusCodes.Status404NotFound);
    }

    internal static ExperimentRecord? Find(string id, IExperimentStore store) => RunId.IsWellFormed(id) ? store.GetExperiment(id) : null;

    private static IResult NotFound(string id) => Results.Problem($"no experiment \"{id}\"", statusCode: StatusCodes.Status404NotFound);

    private static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);
}
