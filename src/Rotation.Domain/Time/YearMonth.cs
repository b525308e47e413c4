using System.Globalization;

namespace Rotation.Domain.Time;

/// <summary>A calendar month such as 2027-09, the unit in which people move.</summary>
/// <remarks>Stored as a month count since year 0 so that month arithmetic is plain integer arithmetic.</remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    private readonly int _ordinal;

    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1..9999");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1..12");
        _ordinal = year * 12 + (month - 1);
    }

    private YearMonth(int ordinal) => _ordinal = ordinal;

    public int Year => _ordinal / 12;
    public int Month => _ordinal % 12 + 1;
    public DateOnly FirstDay => new(Year, Month, 1);

    public YearMonth AddMonths(int months) => new(_ordinal + months);

    /// <summary>Months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(YearMonth other) => _ordinal - other._ordinal;

    public int CompareTo(YearMonth other) => _ordinal.CompareTo(other._ordinal);
    public static bool operator <(YearMonth a, YearMonth b) => a._ordinal < b._ordinal;
    public static bool operator >(YearMonth a, YearMonth b) => a._ordinal > b._ordinal;
    public static bool operator <=(YearMonth a, YearMonth b) => a._ordinal <= b._ordinal;
    public static bool operator >=(YearMonth a, YearMonth b) => a._ordinal >= b._ordinal;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>Parses exactly "YYYY-MM"; returns null for anything else.</summary>
    public static YearMonth? TryParse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-') return null;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return null;
        if (year < 1 || month is < 1 or > 12) return null;
        return new YearMonth(year, month);
    }

    public static YearMonth Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"\"{text}\" is not a month written YYYY-MM");

    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);
}
