namespace Rotation.Domain.Time;

/// <summary>The months a plan covers: index t = 0 .. Months-1 starting at Start.</summary>
public sealed record Horizon
{
    public Horizon(YearMonth start, int months)
    {
        if (months < 1) throw new ArgumentOutOfRangeException(nameof(months), months, "a horizon has at least one month");
        Start = start;
        Months = months;
    }

    public YearMonth Start { get; }
    public int Months { get; }
    public YearMonth End => Start.AddMonths(Months - 1);

    public YearMonth MonthAt(int index) => Start.AddMonths(index);

    /// <summary>Index of a month relative to the start; may be negative or ≥ Months for months outside.</summary>
    public int IndexOf(YearMonth month) => month.MonthsSince(Start);

    public bool Contains(YearMonth month) => IndexOf(month) is var i && i >= 0 && i < Months;

    public IReadOnlyList<string> Labels() => Enumerable.Range(0, Months).Select(t => MonthAt(t).ToString()).ToArray();
}
