using FsCheck.Xunit;
using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Time;

public class YearMonthTests
{
    [Theory]
    [InlineData("2027-01", 2027, 1)]
    [InlineData("2027-12", 2027, 12)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void A_month_written_YYYY_MM_parses_to_its_year_and_month(string text, int year, int month)
    {
        var parsed = YearMonth.Parse(text);

        Assert.Equal(year, parsed.Year);
        Assert.Equal(month, parsed.Month);
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("2027-00")]
    [InlineData("27-01")]
    [InlineData("2027-1")]
    [InlineData("2027-001")]
    [InlineData("2027/01")]
    [InlineData("2027-01-01")]
    [InlineData(" 2027-01")]
    [InlineData("+027-01")]
    [InlineData("0000-01")]
    [InlineData("２０２７-01")]
    [InlineData("")]
    [InlineData(null)]
    public void A_malformed_month_does_not_parse(string? text)
    {
        Assert.Null(YearMonth.TryParse(text));
    }

    [Fact]
    public void Parse_throws_a_format_error_naming_the_text_for_a_malformed_month()
    {
        var error = Assert.Throws<FormatException>(() => YearMonth.Parse("2027-13"));

        Assert.Contains("\"2027-13\"", error.Message);
    }

    [Theory]
    [InlineData(2027, 0)]
    [InlineData(2027, 13)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void The_constructor_rejects_a_month_or_year_out_of_range(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
    }

    [Theory]
    [InlineData("2027-12", 1, "2028-01")]
    [InlineData("2027-01", -1, "2026-12")]
    [InlineData("2027-11", 14, "2029-01")]
    [InlineData("2027-03", -27, "2024-12")]
    [InlineData("2027-06", 0, "2027-06")]
    public void Adding_months_crosses_year_ends(string start, int months, string expected)
    {
        Assert.Equal(expected, YearMonth.Parse(start).AddMonths(months).ToString());
    }

    [Theory]
    [InlineData("2028-01", "2027-12", 1)]
    [InlineData("2027-12", "2028-01", -1)]
    [InlineData("2030-01", "2027-01", 36)]
    [InlineData("2027-09", "2027-09", 0)]
    public void MonthsSince_counts_the_months_between_two_months(string later, string earlier, int expected)
    {
        Assert.Equal(expected, YearMonth.Parse(later).MonthsSince(YearMonth.Parse(earlier)));
    }

    [Fact]
    public void ToString_pads_year_and_month_to_YYYY_MM()
    {
        Assert.Equal("0987-03", new YearMonth(987, 3).ToString());
    }

    [Fact]
    public void FirstDay_is_the_first_of_the_month()
    {
        Assert.Equal(new DateOnly(2028, 2, 1), new YearMonth(2028, 2).FirstDay);
    }

    [Fact]
    public void Of_a_day_is_the_month_it_falls_in()
    {
        Assert.Equal(new YearMonth(2027, 12), YearMonth.Of(new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void December_sorts_before_the_next_January()
    {
        var december = new YearMonth(2027, 12);
        var january = new YearMonth(2028, 1);

        Assert.True(december < january);
        Assert.True(january > december);
        Assert.True(december <= january);
        Assert.False(december >= january);
        Assert.True(december.CompareTo(january) < 0);
    }

    // Months drawn from a span that AddMonths never leaves, so the property tests month arithmetic, not the year bounds.
    private static YearMonth MonthFrom(int seed) => new YearMonth(1000, 1).AddMonths(Math.Abs(seed % 90_000));

    [Property]
    public bool Adding_then_subtracting_the_same_months_returns_the_same_month(int seed, int delta)
    {
        var month = MonthFrom(seed);
        var months = delta % 12_000;

        return month.AddMonths(months).AddMonths(-months) == month
               && month.AddMonths(months).MonthsSince(month) == months;
    }

    [Property]
    public bool Parsing_the_text_of_a_month_gives_the_same_month(int seed)
    {
        var month = MonthFrom(seed);

        return YearMonth.Parse(month.ToString()) == month;
    }

    [Property]
    public bool Months_order_as_year_then_month_and_as_their_text(int seedA, int seedB)
    {
        var a = MonthFrom(seedA);
        var b = MonthFrom(seedB);
        var byParts = (a.Year, a.Month).CompareTo((b.Year, b.Month));
        var byText = string.CompareOrdinal(a.ToString(), b.ToString());

        return Math.Sign(a.CompareTo(b)) == Math.Sign(byParts)
               && Math.Sign(byText) == Math.Sign(byParts)
               && (a < b) == (byParts < 0);
    }
}
