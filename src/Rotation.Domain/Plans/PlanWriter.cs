using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rotation.Domain.Plans;

/// <summary>Writes a plan in the exact shape of SPEC §5 (field names and order as the contract shows them).</summary>
public static class PlanWriter
{
    /// <summary>Indented, with Chinese names kept readable: for every JSON file the project writes.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToUtf8(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("scenario", plan.Scenario);
            w.WriteString("status", plan.Status.ToString());
            WriteNullable(w, "objective", plan.Objective);
            if (plan.BestBound is { } bound) w.WriteNumber("bestBound", bound); else w.WriteNull("bestBound");
            w.WriteNumber("solveSeconds", Math.Round(plan.SolveSeconds, 3));
            WriteTerms(w, plan.Terms);
            WriteStrings(w, "months", plan.Months);
            w.WriteStartArray("assignments");
            foreach (var a in plan.Assignments)
            {
                w.WriteStartObject();
                w.WriteString("cadre", a.Cadre);
                w.WriteStartArray("posts");
                foreach (var p in a.Posts) if (p is null) w.WriteNullValue(); else w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("trainings");
            foreach (var t in plan.Trainings)
            {
                w.WriteStartObject();
                w.WriteString("cadre", t.Cadre);
                w.WriteString("course", t.Course);
                w.WriteString("start", t.Start);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("handovers");
            foreach (var h in plan.Handovers)
            {
                w.WriteStartObject();
                w.WriteString("post", h.Post);
                w.WriteString("month", h.Month);
                w.WriteString("from", h.From);
                w.WriteString("to", h.To);
                w.WriteString("windowStart", Day(h.WindowStart));
                w.WriteString("windowEnd", Day(h.WindowEnd));
                WriteStrings(w, "items", h.Items);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("checkpoints");
            foreach (var c in plan.Checkpoints)
            {
                w.WriteStartObject();
                w.WriteString("cadre", c.Cadre);
                w.WriteString("post", c.Post);
                w.WriteString("kind", c.Kind);
                w.WriteString("month", c.Month);
                w.WriteString("date", Day(c.Date));
                w.WriteString("reviewer", c.Reviewer);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStrings(w, "conflicts", plan.Conflicts);
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static string ToJson(Plan plan) => System.Text.Encoding.UTF8.GetString(ToUtf8(plan));

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The seven counts of SPEC §4 as the object <c>terms</c>, in the contract's order.</summary>
    public static void WriteTerms(Utf8JsonWriter w, Terms terms)
    {
        w.WriteStartObject("terms");
        w.WriteNumber("vacancy", terms.Vacancy);
        w.WriteNumber("moves", terms.Moves);
        w.WriteNumber("excessMoves", terms.ExcessMoves);
        w.WriteNumber("trainingCost", terms.TrainingCost);
        w.WriteNumber("crossOffice", terms.CrossOffice);
        w.WriteNumber("preference", terms.Preference);
        w.WriteNumber("changes", terms.Changes);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
