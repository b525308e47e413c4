using System.Collections.Immutable;

namespace Rotation.Domain.Time;

/// <summary>
/// Monday–Friday minus public holidays, plus the weekend days worked in exchange for a holiday
/// (调休 make-up workdays), as Chinese offices keep them.
/// </summary>
public sealed record WorkingCalendar
{
    public static readonly WorkingCalendar WeekdaysOnly = new([], []);

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> extraWorkdays)
    {
        Holidays = holidays.ToImmutableSortedSet();
        ExtraWorkdays = extraWorkdays.ToImmutableSortedSet();
    }

    public ImmutableSortedSet<DateOnly> Holidays { get; }
    public ImmutableSortedSet<DateOnly> ExtraWorkdays { get; }

    public bool IsWorkingDay(DateOnly day)
    {
        if (ExtraWorkdays.Contains(day)) return true;
        if (Holidays.Contains(day)) return false;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly FirstWorkingDayOf(YearMonth month)
    {
        var day = month.FirstDay;
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The <paramref name="count"/> working days just before <paramref name="day"/>, as (first, last).</summary>
    public (DateOnly First, DateOnly Last) WorkingDaysBefore(DateOnly day, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "a window has at least one working day");
        var cursor = day.AddDays(-1);
        while (!IsWorkingDay(cursor)) cursor = cursor.AddDays(-1);
        var last = cursor;
        for (var found = 1; found < count; found++)
        {
            cursor = cursor.AddDays(-1);
            while (!IsWorkingDay(cursor)) cursor = cursor.AddDays(-1);
        }
        return (cursor, last);
    }

    public override int GetHashCode() => HashCode.Combine(Holidays.Count, ExtraWorkdays.Count);

    public bool Equals(WorkingCalendar? other) =>
        other is not null && Holidays.SetEquals(other.Holidays) && ExtraWorkdays.SetEquals(other.ExtraWorkdays);
}
