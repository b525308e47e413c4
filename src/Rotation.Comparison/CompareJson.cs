using System.Text.Json;
using Rotation.Domain.Plans;

namespace Rotation.Comparison;

/// <summary>compare.json: the plans with their terms and figures, the cells where they differ, and the reasons.</summary>
public static class CompareJson
{
    public const string File = "compare.json";

    public static byte[] ToUtf8(PlanComparison comparison)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("plans");
            for (var i = 0; i < comparison.Plans.Length; i++) WritePlan(w, comparison, i);
            w.WriteEndArray();
            w.WriteStartArray("differences");
            foreach (var d in comparison.Differences)
            {
                w.WriteStartObject();
                w.WriteString("cadre", d.Cadre);
                w.WriteString("month", d.Month);
                w.WriteStartArray("posts");
                foreach (var p in d.Posts) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("why");
            foreach (var r in comparison.Why)
            {
                w.WriteStartObject();
                w.WriteNumber("plan", r.Plan);
                w.WriteString("term", r.Term);
                w.WriteNumber("delta", r.Delta);
                w.WriteString("cadre", r.Cadre);
                w.WriteString("post", r.Post);
                w.WriteString("month", r.Month);
                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WritePlan(Utf8JsonWriter w, PlanComparison comparison, int i)
    {
        var p = comparison.Plans[i];
        w.WriteStartObject();
        w.WriteString("file", p.Name);
        w.WriteString("status", p.Status.ToString());
        w.WriteNumber("objective", p.Objective);
        PlanWriter.WriteTerms(w, p.Terms);
        w.WriteBoolean("holds", p.Holds);
        w.WriteNumber("violations", p.Violations);
        w.WriteStartObject("distances");
        for (var j = 0; j < comparison.Plans.Length; j++)
            if (j != i) w.WriteNumber(comparison.Plans[j].Name, comparison.Distance(i, j));
        w.WriteEndObject();
        WriteKpis(w, p.Kpis);
        w.WriteEndObject();
    }

    private static void WriteKpis(Utf8JsonWriter w, Kpis k)
    {
        w.WriteStartObject("kpis");
        w.WriteNumber("moves", k.Moves);
        w.WriteStartObject("movesByOffice");
        foreach (var o in k.MovesByOffice)
        {
            w.WriteStartObject(o.Office);
            w.WriteNumber("out", o.Out);
            w.WriteNumber("in", o.In);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteNumber("crossOfficeMoves", k.CrossOfficeMoves);
        w.WriteNumber("trainingSeats", k.TrainingSeats);
        w.WriteNumber("trainingCost", k.TrainingCost);
        w.WriteNumber("vacancyMonths", k.VacancyMonths);
        w.WriteNumber("vacancy", k.VacancyShortfall);
        w.WriteNumber("movers", k.Movers);
        w.WriteNumber("movesGini", Math.Round(k.MovesGini, 4));
        w.WriteNumber("preferenceMet", k.PreferenceMet);
        w.WriteStartObject("exchange");
        for (var i = 0; i < k.Exchange.Offices.Length; i++)
        {
            w.WriteStartObject(k.Exchange.Offices[i]);
            for (var j = 0; j < k.Exchange.Offices.Length; j++) w.WriteNumber(k.Exchange.Offices[j], k.Exchange.Count[i][j]);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
