// Linked into each test project that checks scenario files against docs/scenario.schema.json.
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rotation.Tests;

/// <summary>The JSON Schema of the scenario file, read from docs/, and what it says about a file.</summary>
internal static class ScenarioSchema
{
    public static string FilePath { get; } = Repo.PathTo("docs/scenario.schema.json");

    public static JsonSchema Schema { get; } = JsonSchema.FromFile(FilePath);

    // Formats asserted, so that a day such as 2027-02-30 is refused as the loader refuses it.
    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>Every error the schema finds, as (JSON Pointer of the value, keyword: message); none when the file is valid.</summary>
    public static IReadOnlyList<(string Location, string Message)> Errors(JsonNode? scenario) => Errors(Schema, scenario);

    /// <summary>Every error <paramref name="schema"/> finds in <paramref name="instance"/>, as (JSON Pointer, keyword: message).</summary>
    public static IReadOnlyList<(string Location, string Message)> Errors(JsonSchema schema, JsonNode? instance)
    {
        var results = schema.Evaluate(instance, Options);
        if (results.IsValid) return [];
        return [.. new[] { results }.Concat(results.Details)
            .Where(r => r.Errors is not null)
            .SelectMany(r => r.Errors!.Select(e => (r.InstanceLocation.ToString(), $"{e.Key}: {e.Value}")))];
    }

    public static IReadOnlyList<(string Location, string Message)> Errors(byte[] utf8Json) => Errors(JsonNode.Parse(utf8Json));

    public static void AssertValid(byte[] utf8Json, string what) => AssertValid(JsonNode.Parse(utf8Json), what);

    public static void AssertValid(JsonNode? scenario, string what)
    {
        var errors = Errors(scenario);
        Assert.True(errors.Count == 0,
            $"{what} breaks the schema: {string.Join("; ", errors.Take(5).Select(e => $"{e.Location}: {e.Message}"))}");
    }

    /// <summary>The JSON Pointer of a loader path: <c>$.cadres[3].post</c> is <c>/cadres/3/post</c>.</summary>
    public static string Pointer(string loaderPath)
    {
        var pointer = new System.Text.StringBuilder();
        foreach (var part in loaderPath.TrimStart('$').Replace("[", ".").Replace("]", "").Split('.', StringSplitOptions.RemoveEmptyEntries))
            pointer.Append('/').Append(part.Replace("~", "~0").Replace("/", "~1"));
        return pointer.ToString();
    }
}
