using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Rotation.Domain.Loading;
using Rotation.Domain.Time;
using Rotation.Runs;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// POST /api/runs/{id}/suggestions with <c>{"post" or "cadre", "month", "top", "timeLimit"}</c>: "who could fill this post
/// from the month?" or "where could this cadre go then?", asked of the run's plan. The question is checked as
/// <c>rotation suggest</c> checks it, every problem at once, and queued as a new run of the parent's scenario that records
/// its parent and the question; its executor runs <see cref="SuggestRun"/> on the parent's plan.
/// </summary>
public static class Suggestions
{
    private const string Post = "post";
    private const string Cadre = "cadre";
    private const string Month = "month";
    private const string Top = "top";
    private const int DefaultTop = 5;
    private const string What = "suggestion request";
    private const string Example = "{\"post\": \"legal-edu\", \"month\": \"2028-03\", \"top\": 5, \"timeLimit\": 30}";

    public static async Task<IResult> SubmitAsync(string id, HttpRequest request, IRunStore store, IRunFolders folders,
        RunSubmitter submitter, ServiceOptions options, CancellationToken cancel)
    {
        var (parent, problem) = PlanAddress.Find(id, store, folders);
        if (problem is not null) return problem.ToResult();
        var (body, notJson) = await Replan.ReadBodyAsync(request, Example, cancel);
        if (notJson is not null) return notJson;
        return Queue(parent!, body, submitter, options).ToResult(folders);
    }

    /// <summary>The question a request body asks of <paramref name="parent"/>'s plan, queued as a suggest run; or every problem with it.</summary>
    public static Queued Queue(FoundPlan parent, JsonNode? body, RunSubmitter submitter, ServiceOptions options)
    {
        // Read as the re-plans will edit it: a scenario that cannot be written back is refused here, not when the run starts.
        var (_, unreadable) = Replan.ParentScenario(parent);
        if (unreadable is not null) return Queued.Refused(unreadable);
        var scenario = parent.Scenario.Content;
        var errors = new List<string>();
        if (body is not JsonObject fields) return Queued.Invalid(What, [$"$: the body is one object, e.g. {Example}"]);
        Replan.UnknownFields(fields, [Post, Cadre, Month, Top, Replan.TimeLimit], errors);
        var post = Text(fields, Post, errors);
        var cadre = Text(fields, Cadre, errors);
        if (fields[Post] is null == fields[Cadre] is null)
            errors.Add($"$: give exactly one of {Post} (who could fill it?) and {Cadre} (where could they go?)");
        var monthText = Text(fields, Month, errors);
        var month = YearMonth.TryParse(monthText);
        if (fields[Month] is null) errors.Add($"$.{Month}: required; the month of the decision, YYYY-MM");
        else if (monthText is not null && month is null) errors.Add($"$.{Month}: \"{monthText}\" is not a month; write it YYYY-MM, e.g. 2027-09");
        var top = DefaultTop;
        if (fields[Top] is { } asked && (asked is not JsonValue value || !value.TryGetValue(out top) || top is < 1 or > SuggestRun.MostSuggestions))
            errors.Add($"$.{Top}: {asked.ToJsonString()}; ask for 1 to {SuggestRun.MostSuggestions} suggestions");
        var seconds = Replan.Seconds(fields, errors) ?? options.DefaultTimeLimitSeconds;
        if (ScenarioLoader.Load(scenario).Value is { } loaded)
            errors.AddRange(SuggestRun.Problems(loaded, post, cadre, month).Select(p => $"$.{p.Field}: {p.Problem}"));
        if (errors.Count > 0) return Queued.Invalid(What, errors);
        return RunEndpoints.TimeLimitProblem(seconds, options) is { } refusal
            ? Queued.Refused(refusal)
            : Queued.Submitted(submitter.Submit(scenario, RunSource.Api, seconds, parent: parent.Address,
                question: new SuggestAsked(post, cadre, month!.Value.ToString(), top)), "scenario");
    }

    /// <summary>A string field, or null when left out or (with a problem) not a string.</summary>
    private static string? Text(JsonObject fields, string name, List<string> errors)
    {
        if (fields[name] is not { } node) return null;
        if (node is JsonValue value && value.TryGetValue<string>(out var text)) return text;
        errors.Add($"$.{name}: a string, e.g. {Example}");
        return null;
    }
}
