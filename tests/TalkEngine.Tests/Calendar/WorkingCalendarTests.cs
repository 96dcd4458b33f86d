using CsCheck;
using TalkEngine.Calendar;
using static TalkEngine.Tests.Calendar.ReferenceData;

namespace TalkEngine.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.MainlandChina;

    [Fact]
    public void IsWorkingDay_OrdinaryMondayToFriday_IsWorking()
    {
        China.IsWorkingDay(D("2017-03-06")).Should().BeTrue();
        China.GetDay(D("2017-03-10")).Kind.Should().Be(CalendarDayKind.Workday);
    }

    [Fact]
    public void IsWorkingDay_OrdinarySaturdayAndSunday_AreOff()
    {
        China.IsWorkingDay(D("2017-03-11")).Should().BeFalse();
        var sunday = China.GetDay(D("2017-03-12"));
        sunday.Kind.Should().Be(CalendarDayKind.Weekend);
        sunday.Holiday.Should().BeNull();
    }

    [Fact]
    public void GetDay_MakeupWorkdaySaturday_IsWorkingAndNamed()
    {
        var day = China.GetDay(D("2026-02-14"));
        day.Kind.Should().Be(CalendarDayKind.MakeupWorkday);
        day.IsWorkingDay.Should().BeTrue();
        day.Holiday.Should().Be(new HolidayName("春节", "Spring Festival"));
        day.Holiday!.Get(OutputLanguage.English).Should().Be("Spring Festival");
    }

    [Fact]
    public void GetDay_HolidayOnWeekday_IsOffAndNamed()
    {
        var day = China.GetDay(D("2017-10-04"));
        day.Kind.Should().Be(CalendarDayKind.Holiday);
        day.IsWorkingDay.Should().BeFalse();
        day.Holiday!.Chinese.Should().Be("中秋节");
    }

    [Fact]
    public void GetDay_NonIsoDate_IsConvertedToIso()
    {
        var julian = D("2026-02-14").WithCalendar(CalendarSystem.Julian);
        China.IsWorkingDay(julian).Should().BeTrue();
        China.GetDay(julian).Date.Should().Be(D("2026-02-14"));
    }

    [Fact]
    public void GetHolidayPeriods_2026_AreTheSevenBreaksExactly()
    {
        var periods = China.GetHolidayPeriods(2026);

        periods.Select(p => $"{p.Name.Chinese} {Iso(p.FirstDay)}..{Iso(p.LastDay)} [{string.Join(",", p.MakeupWorkdays.Select(Iso))}]").Should().Equal(
            "元旦 2026-01-01..2026-01-03 [2026-01-04]",
            "春节 2026-02-15..2026-02-23 [2026-02-14,2026-02-28]",
            "清明节 2026-04-04..2026-04-06 []",
            "劳动节 2026-05-01..2026-05-05 [2026-05-09]",
            "端午节 2026-06-19..2026-06-21 []",
            "中秋节 2026-09-25..2026-09-27 []",
            "国庆节 2026-10-01..2026-10-07 [2026-09-20,2026-10-10]");
        periods[1].Length.Should().Be(9);
        periods[1].Name.English.Should().Be("Spring Festival");
        periods.Should().OnlyContain(p => p.Year == 2026);
    }

    [Fact]
    public void GetHolidayPeriods_2019NewYear_StartsInDecember2018AndBelongsTo2019()
    {
        var newYear = China.GetHolidayPeriods(2019)[0];

        newYear.Name.Chinese.Should().Be("元旦");
        newYear.FirstDay.Should().Be(D("2018-12-30"));
        newYear.LastDay.Should().Be(D("2019-01-01"));
        newYear.HolidayDates.Should().Equal(D("2018-12-30"), D("2018-12-31"), D("2019-01-01"));
        newYear.MakeupWorkdays.Should().Equal(D("2018-12-29"));
        China.GetHolidayPeriods(2018).Should().NotContain(p => p.LastDay == D("2019-01-01"));
    }

    [Fact]
    public void GetHolidayPeriods_2020SpringFestival_IsTheExtendedBreak()
    {
        var spring = China.GetHolidayPeriods(2020).Single(p => p.Name.Chinese == "春节");

        spring.FirstDay.Should().Be(D("2020-01-24"));
        spring.LastDay.Should().Be(D("2020-02-02"));
        spring.Length.Should().Be(10);
        spring.MakeupWorkdays.Should().Equal(D("2020-01-19")); // the 02-01 make-up workday was cancelled
        China.IsWorkingDay(D("2020-02-01")).Should().BeFalse();
        China.IsWorkingDay(D("2020-02-03")).Should().BeTrue();
    }

    [Fact]
    public void GetHolidayPeriods_2017NationalDayAndMidAutumn_AreOneBreakWithBothNames()
    {
        var periods = China.GetHolidayPeriods(2017);
        var october = periods.Single(p => p.FirstDay == D("2017-10-01"));

        october.LastDay.Should().Be(D("2017-10-08"));
        october.Name.Chinese.Should().Be("国庆节、中秋节");
        october.Name.English.Should().Be("National Day, Mid-Autumn Festival");
        october.MakeupWorkdays.Should().Equal(D("2017-09-30"));
        periods.Should().HaveCount(6); // New Year (2016-12-31..2017-01-02), Spring Festival, Qingming, Labour Day, Dragon Boat, National Day + Mid-Autumn
        periods.Sum(p => p.MakeupWorkdays.Count).Should().Be(5);
    }

    [Fact]
    public void GetHolidayPeriods_EveryMakeupWorkday2005To2026_BelongsToExactlyOnePeriod()
    {
        // 2005-12-31 pays for the 2006 New Year break; the first make-up day, 2004-01-17, for the 2004 Spring Festival.
        var assigned = Enumerable.Range(2004, 23).SelectMany(y => China.GetHolidayPeriods(y)).SelectMany(p => p.MakeupWorkdays).ToList();
        assigned.Should().OnlyHaveUniqueItems();
        assigned.Should().BeEquivalentTo(Rows.Where(r => r.Value.Kind == "workday").Select(r => r.Key));
    }

    [Fact]
    public void NextAndPreviousWorkingDay_AroundNationalDay2017()
    {
        China.NextWorkingDay(D("2017-09-29")).Should().Be(D("2017-09-30")); // make-up Saturday
        China.NextWorkingDay(D("2017-09-30")).Should().Be(D("2017-10-09"));
        China.PreviousWorkingDay(D("2017-10-09")).Should().Be(D("2017-09-30"));
        China.PreviousWorkingDay(D("2017-10-05")).Should().Be(D("2017-09-30"));
    }

    [Fact]
    public void AddWorkingDays_Twenty_CrossesNationalDay2017()
    {
        China.AddWorkingDays(D("2017-09-25"), 20).Should().Be(D("2017-10-27"));
        China.AddWorkingDays(D("2017-10-09"), -20).Should().Be(D("2017-09-05"));
    }

    [Fact]
    public void AddWorkingDays_FromNonWorkingDay_PlusOneIsNextAndMinusOneIsPrevious()
    {
        var saturday = D("2017-03-11");
        China.AddWorkingDays(saturday, 1).Should().Be(D("2017-03-13"));
        China.AddWorkingDays(saturday, -1).Should().Be(D("2017-03-10"));
        China.AddWorkingDays(saturday, 0).Should().Be(saturday);
    }

    [Fact]
    public void AddWorkingDays_ZeroOnUncoveredYear_Throws()
    {
        var act = () => China.AddWorkingDays(D("2027-03-01"), 0);
        act.Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2027);
    }

    [Fact]
    public void CountWorkingDays_NationalDayWeek2017_CountsOnlyMakeupSaturday()
    {
        China.CountWorkingDays(new DateInterval(D("2017-09-30"), D("2017-10-08"))).Should().Be(1);
        China.CountWorkingDays(new DateInterval(D("2017-10-09"), D("2017-10-09"))).Should().Be(1);
    }

    [Fact]
    public void AddWorkingDays_Property_MatchesDayByDayWalk()
    {
        // 300 working days span under 450 calendar days, so every case stays inside 2004..2026.
        Gen.Select(Gen.Int[500, 7900], Gen.Int[-300, 300])
            .Sample((offset, n) =>
            {
                var start = D("2004-01-01").PlusDays(offset);
                return China.AddWorkingDays(start, n) == Walk(start, n);
            }, iter: 3000);
    }

    [Fact]
    public void NextAndPrevious_Property_MatchDayByDayWalk()
    {
        Gen.Int[20, 8380].Sample(
            offset =>
            {
                var date = D("2004-01-01").PlusDays(offset);
                return China.NextWorkingDay(date) == Walk(date, 1) && China.PreviousWorkingDay(date) == Walk(date, -1);
            },
            iter: 3000);
    }

    [Fact]
    public void CountWorkingDays_Property_MatchesDayByDayCountAndInvertsAdd()
    {
        Gen.Select(Gen.Int[0, 8400], Gen.Int[0, 400]).Where((offset, length) => offset + length <= 8400).Sample(
            (offset, length) =>
            {
                var interval = new DateInterval(D("2004-01-01").PlusDays(offset), D("2004-01-01").PlusDays(offset + length));
                var count = China.CountWorkingDays(interval);
                var expected = interval.Count(IsWorkingByReference);
                var invertsAdd = count == 0 || China.AddWorkingDays(interval.Start.PlusDays(-1), count) <= interval.End;
                return count == expected && invertsAdd;
            },
            iter: 2000);
    }

    [Fact]
    public void IsWorkingDay_UncoveredYear_ThrowsNamingTheYearAndHowToAddIt()
    {
        var act = () => China.IsWorkingDay(D("2027-01-04"));

        var ex = act.Should().Throw<CalendarYearNotCoveredException>().Which;
        ex.Year.Should().Be(2027);
        ex.Message.Should().Contain("2027").And.Contain("TalkEngine:Calendar:Years").And.Contain("AddYear").And.Contain("AssumeWeekendsOnly");
    }

    [Fact]
    public void Operations_ReachingUncoveredYear_ThrowTheFirstYearReached()
    {
        China.Invoking(c => c.GetDay(D("2003-12-31"))).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2003);
        China.Invoking(c => c.NextWorkingDay(D("2026-12-31"))).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2027);
        China.Invoking(c => c.PreviousWorkingDay(D("2004-01-01"))).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2003);
        China.Invoking(c => c.AddWorkingDays(D("2026-12-01"), 400)).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2027);
        China.Invoking(c => c.AddWorkingDays(D("2010-01-01"), -10_000)).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2003);
        China.Invoking(c => c.CountWorkingDays(new DateInterval(D("2026-12-01"), D("2028-01-01")))).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2027);
        China.Invoking(c => c.GetHolidayPeriods(2030)).Should().Throw<CalendarYearNotCoveredException>().Which.Year.Should().Be(2030);
    }

    [Fact]
    public void Operations_InsideCoveredYears_DoNotNeedNeighbouringYears()
    {
        China.PreviousWorkingDay(D("2027-01-01")).Should().Be(D("2026-12-31"));
        China.NextWorkingDay(D("2003-12-31")).Should().Be(D("2004-01-02"));
    }

    [Fact]
    public void WeekendsOnlyFallback_UncoveredYears_AreMondayToFriday()
    {
        var calendar = China.WithUncoveredYears(UncoveredYearBehavior.AssumeWeekendsOnly);

        calendar.IsWorkingDay(D("2027-01-01")).Should().BeTrue(); // a Friday: no holiday data, so a workday
        calendar.GetDay(D("2027-01-02")).Kind.Should().Be(CalendarDayKind.Weekend);
        calendar.GetHolidayPeriods(2027).Should().BeEmpty();
        calendar.NextWorkingDay(D("2026-12-31")).Should().Be(D("2027-01-01"));
        calendar.CountWorkingDays(new DateInterval(D("2027-01-01"), D("2027-12-31"))).Should().Be(261);
        calendar.AddWorkingDays(D("2026-12-31"), 5).Should().Be(D("2027-01-07"));
        calendar.AddWorkingDays(D("2004-01-02"), -2).Should().Be(D("2003-12-30")); // 2004-01-01 is a holiday
        calendar.IsWorkingDay(D("2026-02-14")).Should().BeTrue(); // covered years are unchanged
        China.UncoveredYears.Should().Be(UncoveredYearBehavior.Throw); // and the original is untouched
    }

    [Fact]
    public void WeekendsOnlyFallback_Property_MatchesWalkFarOutsideData()
    {
        var calendar = China.WithUncoveredYears(UncoveredYearBehavior.AssumeWeekendsOnly);
        Gen.Select(Gen.Int[-20_000, 20_000], Gen.Int[-100, 100]).Sample(
            (offset, n) =>
            {
                var start = D("2015-06-01").PlusDays(offset);
                return calendar.AddWorkingDays(start, n) == Walk(start, n, calendar.IsWorkingDay);
            },
            iter: 2000);
    }

    [Fact]
    public void WithUncoveredYears_UndefinedValue_ThrowsNamingTheParameter()
    {
        China.Invoking(c => c.WithUncoveredYears((UncoveredYearBehavior)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("behavior");
    }

    [Fact]
    public void MainlandChina_ConcurrentUse_GivesSameAnswers()
    {
        var dates = Enumerable.Range(0, 8401).Select(i => D("2004-01-01").PlusDays(i)).ToArray();
        var expected = dates.Count(IsWorkingByReference);
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = dates.Count(China.IsWorkingDay));
        counts.Should().OnlyContain(c => c == expected);
    }

    internal static bool IsWorkingByReference(LocalDate date)
        => Rows.TryGetValue(date, out var row) ? row.Kind == "workday" : date.DayOfWeek < IsoDayOfWeek.Saturday;

    /// <summary>The brute force: step one day at a time, counting working days by the reference (or the given rule).</summary>
    internal static LocalDate Walk(LocalDate start, int n, Func<LocalDate, bool>? isWorking = null)
    {
        isWorking ??= IsWorkingByReference;
        var date = start;
        var step = Math.Sign(n);
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.PlusDays(step);
            if (isWorking(date))
            {
                left--;
            }
        }

        return date;
    }
}
