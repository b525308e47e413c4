namespace Rotation.Domain.Time;

/// <summary>An inclusive range of months, From..To, as HR writes leave and secondment periods.</summary>
public sealed record MonthRange
{
    public MonthRange(YearMonth from, YearMonth to)
    {
        if (to < from) throw new ArgumentException($"range ends ({to}) before it starts ({from})");
        From = from;
        To = to;
    }

    public YearMonth From { get; }
    public YearMonth To { get; }

    public bool Contains(YearMonth month) => month >= From && month <= To;
}
