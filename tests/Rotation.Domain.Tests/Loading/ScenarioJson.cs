using System.Text.Json.Nodes;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Tests.Loading;

/// <summary>A small valid scenario that each test breaks in one place, and the asserts every loader test needs.</summary>
internal static class ScenarioJson
{
    private const string Valid = """
        {
          "name": "two offices",
          "horizon": { "start": "2027-01", "months": 12 },
          "offices": [ { "id": "cyber" }, { "id": "legal" } ],
          "workNatures": [ { "id": "security-ops" }, { "id": "legal-review" } ],
          "competencies": [ "network-security", "contract-law" ],
          "courses": [ { "id": "sec-101", "grants": "network-security", "months": 2, "sessions": ["2027-01", "2027-07"] } ],
          "posts": [
            { "id": "cyber-ops-1", "office": "cyber", "workNature": "security-ops" },
            { "id": "legal-review-1", "office": "legal", "workNature": "legal-review" }
          ],
          "cadres": [
            { "id": "c01", "grade": 2, "post": "cyber-ops-1", "since": "2025-03" },
            { "id": "c02", "grade": 3, "post": "legal-review-1", "since": "2026-01" },
            { "id": "c03", "grade": 1, "joins": "2027-04" }
          ]
        }
        """;

    public static JsonObject Scenario() => JsonNode.Parse(Valid)!.AsObject();

    public static JsonObject At(this JsonObject scenario, string list, int index) => scenario[list]![index]!.AsObject();

    public static JsonObject Policy(this JsonObject scenario) =>
        (scenario["policy"] ??= new JsonObject()).AsObject();

    public static LoadResult<Scenario> Load(this JsonObject scenario) => ScenarioLoader.Load(scenario.ToJsonString());

    public static Scenario LoadValid(this JsonObject scenario)
    {
        var result = scenario.Load();
        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    /// <summary>Asserts that the file is refused with exactly one problem, at <paramref name="path"/>, and returns it.</summary>
    public static LoadProblem SingleProblem<T>(this LoadResult<T> result, string path) where T : class
    {
        Assert.Null(result.Value);
        Assert.False(result.Succeeded);
        Assert.Equal([path], result.Problems.Select(p => p.Path));
        return result.Problems[0];
    }
}
