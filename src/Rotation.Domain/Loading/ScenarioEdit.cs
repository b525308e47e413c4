using System.Text.Json;
using System.Text.Json.Nodes;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Loading;

/// <summary>
/// Changes to a scenario file made on its JSON, so that everything the user wrote (names, field order, fields this
/// version ignores) stays as written: a pin added to a cadre, a plan set as the published one. The result is a file to
/// load like any other.
/// </summary>
public static class ScenarioEdit
{
    /// <summary>The scenario with <paramref name="pin"/> added to the pins of <paramref name="cadre"/>.</summary>
    public static JsonObject WithPin(JsonObject scenario, string cadre, Pin pin)
    {
        var copy = scenario.DeepClone().AsObject();
        var row = copy["cadres"]?.AsArray().OfType<JsonObject>().FirstOrDefault(c => c["id"]?.GetValueKind() == JsonValueKind.String && (string)c["id"]! == cadre)
                  ?? throw new ArgumentException($"the scenario has no cadre \"{cadre}\"", nameof(cadre));
        if (row["pins"] is not JsonArray pins) row["pins"] = pins = [];
        pins.Add(new JsonObject { ["post"] = pin.Post, ["from"] = pin.Months.From.ToString(), ["to"] = pin.Months.To.ToString() });
        return copy;
    }

    /// <summary>The scenario with <paramref name="plan"/> (a plan file) as its published plan, replacing any before.</summary>
    public static JsonObject WithPublished(JsonObject scenario, Plan plan)
    {
        var copy = scenario.DeepClone().AsObject();
        copy["published"] = JsonNode.Parse(PlanWriter.ToUtf8(plan));
        return copy;
    }

    public static JsonObject Parse(ReadOnlySpan<byte> utf8Json) =>
        JsonNode.Parse(utf8Json)?.AsObject() ?? throw new ArgumentException("a scenario file holds one JSON object");

    public static byte[] ToUtf8(JsonObject scenario)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options)) scenario.WriteTo(w);
        return stream.ToArray();
    }
}
