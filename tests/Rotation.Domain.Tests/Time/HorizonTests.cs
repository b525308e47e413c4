using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Time;

public class HorizonTests
{
    private static readonly Horizon FromNovember = new(new YearMonth(2027, 11), 4);

    [Fact]
    public void Labels_list_every_month_of_the_horizon_across_the_year_end()
    {
        Assert.Equal(["2027-11", "2027-12", "2028-01", "2028-02"], FromNovember.Labels());
    }

    [Fact]
    public void End_is_the_last_month_of_the_horizon()
    {
        Assert.Equal(new YearMonth(2028, 2), FromNovember.End);
    }

    [Theory]
    [InlineData(0, "2027-11")]
    [InlineData(2, "2028-01")]
    [InlineData(3, "2028-02")]
    public void MonthAt_an_index_counts_from_the_start(int index, string month)
    {
        Assert.Equal(YearMonth.Parse(month), FromNovember.MonthAt(index));
    }

    [Theory]
    [InlineData("2027-11", 0)]
    [InlineData("2028-01", 2)]
    [InlineData("2027-10", -1)]
    [InlineData("2028-03", 4)]
    public void IndexOf_a_month_is_its_distance_from_the_start_even_outside(string month, int index)
    {
        Assert.Equal(index, FromNovember.IndexOf(YearMonth.Parse(month)));
    }

    [Fact]
    public void IndexOf_undoes_MonthAt_for_every_index()
    {
        var horizon = new Horizon(new YearMonth(2027, 1), 36);

        Assert.All(Enumerable.Range(0, 36), t => Assert.Equal(t, horizon.IndexOf(horizon.MonthAt(t))));
    }

    [Theory]
    [InlineData("2027-11", true)]
    [InlineData("2028-02", true)]
    [InlineData("2027-10", false)]
    [InlineData("2028-03", false)]
    public void Contains_only_the_months_from_start_to_end(string month, bool contained)
    {
        Assert.Equal(contained, FromNovember.Contains(YearMonth.Parse(month)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_horizon_without_months_is_refused(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Horizon(new YearMonth(2027, 1), months));
    }

    [Fact]
    public void A_one_month_horizon_starts_and_ends_in_that_month()
    {
        var horizon = new Horizon(new YearMonth(2027, 1), 1);

        Assert.Equal(horizon.Start, horizon.End);
        Assert.Equal(["2027-01"], horizon.Labels());
    }
}
