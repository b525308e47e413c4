using System.Text.Json;
using Rotation.Domain.Plans;
using Rotation.Experiments.Workforce;

namespace Rotation.Experiments.Cells;

/// <summary>A cell's draws.json: the workforce events its scenario was given, and every draw rejected before it.</summary>
public static class DrawsJson
{
    public static byte[] ToUtf8(DrawnReplication drawn)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options))
        {
            var d = drawn.Draw;
            w.WriteStartObject();
            w.WriteNumber("replication", d.Replication);
            w.WriteNumber("attempt", d.Attempt);
            w.WriteStartArray("leavers");
            foreach (var l in d.Leavers) WriteObject(w, ("cadre", l.Cadre), ("leaves", l.Leaves.ToString()));
            w.WriteEndArray();
            w.WriteStartArray("leaveSpells");
            foreach (var s in d.Spells) WriteObject(w, ("cadre", s.Cadre), ("from", s.Months.From.ToString()), ("to", s.Months.To.ToString()));
            w.WriteEndArray();
            w.WriteStartArray("hires");
            foreach (var h in d.Hires)
            {
                w.WriteStartObject();
                w.WriteString("id", h.Id);
                w.WriteNumber("grade", h.Grade);
                w.WriteString("joins", h.Joins.ToString());
                w.WriteString("likePost", h.LikePost);
                w.WriteStartArray("competencies");
                foreach (var c in h.Competencies) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("redraws");
            foreach (var r in drawn.Redraws)
            {
                w.WriteStartObject();
                w.WriteNumber("attempt", r.Attempt);
                w.WriteString("variant", r.Variant);
                w.WriteStartArray("problems");
                foreach (var p in r.Problems) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (drawn.Error is { } error) w.WriteString("error", error);
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter w, params (string Key, string Value)[] fields)
    {
        w.WriteStartObject();
        foreach (var (key, value) in fields) w.WriteString(key, value);
        w.WriteEndObject();
    }
}
