using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Checkpoints;

/// <summary>checkpoints.ics: one all-day event per checkpoint (RFC 5545), for reviewers to import into their calendars.</summary>
public static class CheckpointCalendar
{
    public const string File = "checkpoints.ics";

    /// <param name="stamp">DTSTAMP of every event: when this file was made, from the host's clock.</param>
    public static byte[] ToUtf8(PlanView view, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Rotation//Rotation plan//EN", Method = "PUBLISH" };
        // Whole seconds: iCalendar has no finer time, and a fraction would make the stamp differ from its own re-read.
        var utc = new DateTime(stamp.UtcTicks - stamp.UtcTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        foreach (var line in CheckpointSheet.Lines(view))
        {
            var c = line.Row;
            var name = view.CadreLabel(c.Cadre);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = line.Uid,
                DtStamp = new CalDateTime(utc, "UTC", hasTime: true),
                DtStart = new CalDateTime(c.Date),
                DtEnd = new CalDateTime(c.Date.AddDays(1)),
                Summary = $"{Kind(c.Kind)}: {name} — {TitleOrId(view, c.Post)}",
                Description = $"Reviewer: {c.Reviewer ?? "(none named)"}\nCadre: {name}\nPost: {c.Post} ({view.OfficeName(line.Office)})\n" +
                              $"Month: {c.Month}\nAssesses: {line.Assesses}",
                Categories = [c.Kind],
                Transparency = "TRANSPARENT",
            });
        }
        return Encoding.UTF8.GetBytes(new CalendarSerializer(calendar).SerializeToString()!);
    }

    private static string Kind(string kind) => kind switch
    {
        "onboarding" => "Onboarding check",
        "review" => "Performance review",
        _ => "Exit review",
    };

    private static string TitleOrId(PlanView view, string post) => view.PostTitle(post) is { Length: > 0 } t ? t : post;
}
