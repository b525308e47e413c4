using System.Text.Json;
using Rotation.Domain.Plans;

namespace Rotation.Comparison;

/// <summary>candidates.json: each candidate's name, objective, status and terms, and its distance to every other candidate.</summary>
public static class CandidatesJson
{
    public const string File = "candidates.json";

    public static byte[] ToUtf8(IReadOnlyList<NamedPlan> candidates)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options))
        {
            w.WriteStartArray();
            foreach (var c in candidates)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                if (c.Plan.Objective is { } objective) w.WriteNumber("objective", objective); else w.WriteNull("objective");
                w.WriteString("status", c.Plan.Status.ToString());
                PlanWriter.WriteTerms(w, c.Plan.Terms);
                w.WriteStartObject("distances");
                foreach (var other in candidates.Where(o => o != c)) w.WriteNumber(other.Name, PlanDistance.Between(c.Plan, other.Plan));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return stream.ToArray();
    }
}
