using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Time;

public class MonthRangeTests
{
    private static readonly MonthRange LeaveOverNewYear = new(new YearMonth(2027, 11), new YearMonth(2028, 2));

    [Theory]
    [InlineData("2027-11")]
    [InlineData("2027-12")]
    [InlineData("2028-01")]
    [InlineData("2028-02")]
    public void A_range_contains_both_ends_and_every_month_between(string month)
    {
        Assert.True(LeaveOverNewYear.Contains(YearMonth.Parse(month)));
    }

    [Theory]
    [InlineData("2027-10")]
    [InlineData("2028-03")]
    [InlineData("2026-12")]
    public void A_range_does_not_contain_months_outside_it(string month)
    {
        Assert.False(LeaveOverNewYear.Contains(YearMonth.Parse(month)));
    }

    [Fact]
    public void A_single_month_range_contains_only_that_month()
    {
        var range = new MonthRange(new YearMonth(2027, 5), new YearMonth(2027, 5));

        Assert.True(range.Contains(new YearMonth(2027, 5)));
        Assert.False(range.Contains(new YearMonth(2027, 6)));
        Assert.False(range.Contains(new YearMonth(2027, 4)));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MonthRange(new YearMonth(2028, 1), new YearMonth(2027, 12)));
    }
}
