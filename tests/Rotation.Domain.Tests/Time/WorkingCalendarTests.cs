using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Time;

public class WorkingCalendarTests
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd");

    // China's National Day week 2027: Friday 1 to Thursday 7 October off, made up on Sunday 26 September
    // and Saturday 9 October.
    private static readonly WorkingCalendar NationalDay2027 = new(
        Enumerable.Range(1, 7).Select(d => new DateOnly(2027, 10, d)),
        [Day("2027-09-26"), Day("2027-10-09")]);

    [Theory]
    [InlineData("2027-09-20", true)]  // Monday
    [InlineData("2027-09-24", true)]  // Friday
    [InlineData("2027-09-25", false)] // Saturday
    [InlineData("2027-09-19", false)] // Sunday
    public void Without_holidays_Monday_to_Friday_are_working_days(string day, bool working)
    {
        Assert.Equal(working, WorkingCalendar.WeekdaysOnly.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData("2027-10-01")] // Friday
    [InlineData("2027-10-04")] // Monday
    [InlineData("2027-10-07")] // Thursday
    public void A_weekday_holiday_is_not_a_working_day(string day)
    {
        Assert.False(NationalDay2027.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData("2027-09-26")] // Sunday
    [InlineData("2027-10-09")] // Saturday
    public void A_make_up_weekend_day_is_a_working_day(string day)
    {
        Assert.True(NationalDay2027.IsWorkingDay(Day(day)));
    }

    [Fact]
    public void A_holiday_on_a_weekend_stays_a_day_off()
    {
        Assert.False(NationalDay2027.IsWorkingDay(Day("2027-10-02")));
    }

    [Fact]
    public void The_first_working_day_of_October_2027_is_the_day_after_the_holiday_week()
    {
        Assert.Equal(Day("2027-10-08"), NationalDay2027.FirstWorkingDayOf(new YearMonth(2027, 10)));
    }

    [Fact]
    public void Without_the_holiday_the_first_working_day_of_October_2027_is_the_first()
    {
        Assert.Equal(Day("2027-10-01"), WorkingCalendar.WeekdaysOnly.FirstWorkingDayOf(new YearMonth(2027, 10)));
    }

    [Fact]
    public void A_month_starting_on_a_Saturday_first_works_on_the_Monday()
    {
        // 1 May 2027 is a Saturday.
        Assert.Equal(Day("2027-05-03"), WorkingCalendar.WeekdaysOnly.FirstWorkingDayOf(new YearMonth(2027, 5)));
    }

    [Fact]
    public void A_month_starting_on_a_make_up_Saturday_first_works_on_that_Saturday()
    {
        var calendar = new WorkingCalendar([], [Day("2027-05-01")]);

        Assert.Equal(Day("2027-05-01"), calendar.FirstWorkingDayOf(new YearMonth(2027, 5)));
    }

    [Fact]
    public void The_ten_working_days_before_October_include_the_make_up_Sunday_and_skip_the_Saturday()
    {
        // Back from 30 Sep (Thu): 30, 29, 28, 27, 26 (make-up Sunday), 24, 23, 22, 21, 20.
        var (first, last) = NationalDay2027.WorkingDaysBefore(Day("2027-10-01"), 10);

        Assert.Equal(Day("2027-09-20"), first);
        Assert.Equal(Day("2027-09-30"), last);
    }

    [Fact]
    public void A_window_before_a_move_after_the_holiday_week_reaches_back_over_it()
    {
        // Back from Monday 11 Oct: 9 (make-up Saturday), 8, then 1–7 are off, then 30, 29 Sep.
        var (first, last) = NationalDay2027.WorkingDaysBefore(Day("2027-10-11"), 4);

        Assert.Equal(Day("2027-09-29"), first);
        Assert.Equal(Day("2027-10-09"), last);
    }

    [Fact]
    public void A_one_day_window_is_the_last_working_day_before()
    {
        // 1 Nov 2027 is a Monday; the Friday before is 29 Oct.
        var (first, last) = WorkingCalendar.WeekdaysOnly.WorkingDaysBefore(Day("2027-11-01"), 1);

        Assert.Equal(Day("2027-10-29"), first);
        Assert.Equal(Day("2027-10-29"), last);
    }

    [Fact]
    public void The_day_itself_is_never_in_its_window()
    {
        // 10 Nov 2027 is a Wednesday, itself a working day.
        var (_, last) = WorkingCalendar.WeekdaysOnly.WorkingDaysBefore(Day("2027-11-10"), 3);

        Assert.Equal(Day("2027-11-09"), last);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_window_of_no_working_days_is_refused(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.WeekdaysOnly.WorkingDaysBefore(Day("2027-11-01"), count));
    }

    [Fact]
    public void Calendars_with_the_same_days_in_another_order_are_equal()
    {
        var a = new WorkingCalendar([Day("2027-10-01"), Day("2027-10-02")], [Day("2027-09-26")]);
        var b = new WorkingCalendar([Day("2027-10-02"), Day("2027-10-01")], [Day("2027-09-26")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Calendars_with_different_holidays_are_not_equal()
    {
        var a = new WorkingCalendar([Day("2027-10-01")], []);
        var b = new WorkingCalendar([Day("2027-10-04")], []);

        Assert.NotEqual(a, b);
    }
}
