using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Rotation.Domain.Loading;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// POST /api/runs/{id}/replan (or …/{id}/candidate-N/replan, …/{id}/suggestion-K/replan) with
/// <c>{"pins": [{"cadre", "post", "from", "to"}], "timeLimit": S}</c>: the parent plan's scenario with each pin added to
/// its cadre's <c>pins</c> and the parent plan as <c>published</c>, checked by the same loader as any scenario and queued
/// as a new run that records the parent plan's address. The time limit is the parent run's unless given.
/// </summary>
public static class Replan
{
    private const string Pins = "pins";
    private const string What = "re-planned scenario";
    internal const string TimeLimit = "timeLimit";
    private const string Example = "{\"pins\": [{\"cadre\": \"c07\", \"post\": \"legal-review-1\", \"from\": \"2027-09\", \"to\": \"2027-12\"}], \"timeLimit\": 30}";

    // As the scenario loader reads a file: comments allowed, the same depth guard. A field given twice is refused, where the
    // loader takes one of them, since the scenario written back could not keep both.
    private static readonly JsonDocumentOptions Reading = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = Limits.MaxJsonDepth,
        AllowDuplicateProperties = false,
    };
    private static readonly JsonSerializerOptions Writing = new() { WriteIndented = true };

    /// <summary>A pin asked for: the cadre it is for, and the pin as the scenario's cadres hold them (post, from, to).</summary>
    private sealed record PinFor(string Cadre, JsonObject Pin);

    /// <param name="id">The plan's address: "RUN", or "RUN/candidate-N" or "RUN/suggestion-K" for one plan of a run's several.</param>
    public static async Task<IResult> SubmitAsync(string id, HttpRequest request, IRunStore store, IRunFolders folders,
        RunSubmitter submitter, ServiceOptions options, CancellationToken cancel)
    {
        var (parent, problem) = PlanAddress.Find(id, store, folders);
        if (problem is not null) return problem.ToResult();
        var (body, notJson) = await ReadBodyAsync(request, Example, cancel);
        if (notJson is not null) return notJson;
        return Queue(parent!, body, submitter, options).ToResult(folders);
    }

    /// <summary>The re-plan a request body asks of <paramref name="parent"/>'s plan, queued; or every problem with it.</summary>
    public static Queued Queue(FoundPlan parent, JsonNode? body, RunSubmitter submitter, ServiceOptions options)
    {
        var (scenario, unreadable) = ParentScenario(parent);
        if (unreadable is not null) return Queued.Refused(unreadable);
        var cadres = scenario!["cadres"]!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => (string)c["id"]!);
        var errors = new List<string>();
        var (pins, seconds) = Read(body, cadres.Keys, errors);
        foreach (var (cadre, pin) in pins)
        {
            if (cadres[cadre][Pins] is not JsonArray list) cadres[cadre][Pins] = list = [];
            list.Add(pin);
        }
        // A whole plan.json is a valid published plan: the loader ignores the fields it does not need.
        scenario["published"] = Parse(parent.File);
        var replanned = JsonSerializer.SerializeToUtf8Bytes(scenario, Writing);
        // The pins that could be placed are checked too, so that one answer lists every problem.
        if (errors.Count > 0)
            return Queued.Invalid("re-plan request", [.. errors, .. ScenarioLoader.Load(replanned).Problems.Select(p => p.ToString())]);
        var limit = seconds ?? parent.Run.TimeLimitSeconds;
        return RunEndpoints.TimeLimitProblem(limit, options) is { } refusal
            ? Queued.Refused(refusal)
            : Queued.Submitted(submitter.Submit(replanned, RunSource.Api, limit, parent: parent.Address), What);
    }

    /// <summary>The pins and time limit of the body; each problem goes to <paramref name="errors"/> as "$.path: what is wrong".</summary>
    private static (List<PinFor> Pins, double? Seconds) Read(JsonNode? body, IReadOnlyCollection<string> cadres, List<string> errors)
    {
        var pins = new List<PinFor>();
        if (body is not JsonObject fields)
        {
            errors.Add($"$: the body is one object, e.g. {Example}");
            return (pins, null);
        }
        UnknownFields(fields, [Pins, TimeLimit], errors);
        var seconds = Seconds(fields, errors);
        if (fields[Pins] is not JsonArray list)
        {
            errors.Add($"$.{Pins}: required; list the pins, e.g. {Example}");
            return (pins, seconds);
        }
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"$.{Pins}[{i}]";
            if (list[i] is not JsonObject pin) errors.Add($"{at}: a pin is an object {{\"cadre\", \"post\", \"from\", \"to\"}}");
            else if (pin["cadre"] is not JsonValue cadreValue || !cadreValue.TryGetValue<string>(out var cadre)) errors.Add($"{at}.cadre: required; give the cadre's id");
            else if (!cadres.Contains(cadre))
                errors.Add($"{at}.cadre: unknown cadre \"{cadre}\"" + (Suggest.Closest(cadre, cadres) is { } near ? $"; did you mean \"{near}\"?" : ""));
            else
                pins.Add(new PinFor(cadre, new JsonObject(pin.Where(f => f.Key != "cadre").Select(f => KeyValuePair.Create(f.Key, f.Value?.DeepClone())))));
        }
        return (pins, seconds);
    }

    /// <summary>The body as JSON, or 400 saying why it is not and what to send instead (<paramref name="example"/>).</summary>
    internal static async Task<(JsonNode? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, string example, CancellationToken cancel)
    {
        try
        {
            return (await JsonNode.ParseAsync(request.Body, documentOptions: Reading, cancellationToken: cancel), null);
        }
        catch (JsonException ex)
        {
            return (null, Results.Problem($"the body does not read as JSON ({Why(ex)}); send {example}", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    /// <summary>The plan's scenario as a JSON object to edit, or 409 when it cannot be written back (a field given twice).</summary>
    internal static (JsonObject? Scenario, Refusal? Problem) ParentScenario(FoundPlan parent)
    {
        try
        {
            return (Parse(parent.Scenario.Content).AsObject(), null);
        }
        catch (JsonException ex)
        {
            return (null, new Refusal(StatusCodes.Status409Conflict,
                $"the scenario of {parent.Address} cannot be re-planned ({Why(ex)}); submit it again with each field once"));
        }
    }

    /// <summary>"$.name: unknown field" for each field of <paramref name="fields"/> not in <paramref name="known"/>, with the closest known name.</summary>
    internal static void UnknownFields(JsonObject fields, string[] known, List<string> errors)
    {
        foreach (var (name, _) in fields.Where(f => !known.Contains(f.Key)))
            errors.Add($"$.{name}: unknown field" + (Suggest.Closest(name, known) is { } near ? $"; did you mean \"{near}\"?" : $"; give {string.Join(", ", known)}"));
    }

    /// <summary>The body's timeLimit in seconds, or null when left out.</summary>
    internal static double? Seconds(JsonObject fields, List<string> errors)
    {
        if (fields[TimeLimit] is not { } limit) return null;
        if (limit is JsonValue value && value.TryGetValue<double>(out var parsed)) return parsed;
        errors.Add($"$.{TimeLimit}: a number of seconds, e.g. 30");
        return null;
    }

    /// <summary>The exception's first sentence, and where it happened when known.</summary>
    private static string Why(JsonException ex)
    {
        var cut = ex.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var what = (cut < 0 ? ex.Message : ex.Message[..cut]).TrimEnd('.', ' ');
        return ex.LineNumber is { } line ? $"{what}, at line {line + 1}, column {ex.BytePositionInLine + 1}" : what;
    }

    internal static JsonNode Parse(byte[] utf8Json) =>
        JsonNode.Parse(utf8Json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json, documentOptions: Reading)!;
}
