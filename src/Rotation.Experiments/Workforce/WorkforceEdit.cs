using System.Text.Json;
using System.Text.Json.Nodes;
using Rotation.Domain.Time;

namespace Rotation.Experiments.Workforce;

/// <summary>
/// Writes a draw into a scenario's JSON: a leaver's <c>leaves</c> (only when earlier than the file's), a spell as an
/// <c>unavailable</c> range, a hire as a joiner. A cadre a variant removed is skipped, so one draw fits every variant.
/// </summary>
public static class WorkforceEdit
{
    public static JsonObject Apply(JsonObject scenario, WorkforceDraw draw)
    {
        var copy = scenario.DeepClone().AsObject();
        if (copy["cadres"] is not JsonArray cadres) return copy;
        var byId = cadres.OfType<JsonObject>()
            .Where(c => c["id"]?.GetValueKind() == JsonValueKind.String)
            .GroupBy(c => (string)c["id"]!).ToDictionary(g => g.Key, g => g.First());
        foreach (var leaver in draw.Leavers)
            if (byId.TryGetValue(leaver.Cadre, out var cadre) &&
                (YearMonth.TryParse(cadre["leaves"]?.GetValue<string>()) is not { } leaves || leaver.Leaves < leaves))
                cadre["leaves"] = leaver.Leaves.ToString();
        foreach (var spell in draw.Spells)
            if (byId.TryGetValue(spell.Cadre, out var cadre))
            {
                if (cadre["unavailable"] is not JsonArray ranges) cadre["unavailable"] = ranges = [];
                ranges.Add(new JsonObject { ["from"] = spell.Months.From.ToString(), ["to"] = spell.Months.To.ToString() });
            }
        foreach (var hire in draw.Hires)
            cadres.Add(new JsonObject
            {
                ["id"] = hire.Id,
                ["name"] = $"Hire like {hire.LikePost}",
                ["grade"] = hire.Grade,
                ["competencies"] = new JsonArray([.. hire.Competencies.Select(c => JsonValue.Create(c))]),
                ["joins"] = hire.Joins.ToString(),
            });
        return copy;
    }
}
