using TalkEngine.Calendar;
using static TalkEngine.Tests.Calendar.ReferenceData;

namespace TalkEngine.Tests.Calendar;

/// <summary>Every day from 2004-01-01 to 2026-12-31 against the reference CSV.</summary>
public sealed class WorkingCalendarReferenceTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.MainlandChina;

    [Fact]
    public void EveryDay2004To2026_AgreesWithReferenceCsv()
    {
        var mismatches = new List<string>();
        var days = 0;
        for (var date = new LocalDate(2004, 1, 1); date <= new LocalDate(2026, 12, 31); date = date.PlusDays(1))
        {
            days++;
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var (expectedKind, expectedWorking, expectedZh, expectedEn) = Rows.TryGetValue(date, out var row)
                ? row.Kind == "holiday"
                    ? (CalendarDayKind.Holiday, false, row.NameZh, row.NameEn)
                    : (CalendarDayKind.MakeupWorkday, true, row.NameZh, row.NameEn)
                : weekend ? (CalendarDayKind.Weekend, false, (string?)null, (string?)null) : (CalendarDayKind.Workday, true, null, null);

            var day = Calendar.GetDay(date);
            var isWorking = Calendar.IsWorkingDay(date);
            if (day.Kind != expectedKind || day.IsWorkingDay != expectedWorking || isWorking != expectedWorking
                || day.Holiday?.Chinese != expectedZh || day.Holiday?.English != expectedEn || day.Date != date)
            {
                mismatches.Add($"{Iso(date)}: expected {expectedKind}/{expectedWorking}/{expectedZh}, got {day.Kind}/{isWorking}/{day.Holiday?.Chinese}");
            }
        }

        days.Should().Be(8401);
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void ReferenceCsv_HasExpectedRowCounts()
    {
        // 615 holiday rows and 151 make-up workdays, as cn-holidays.md states; guards the loop above against an empty file.
        Rows.Count(r => r.Value.Kind == "holiday").Should().Be(615);
        Rows.Count(r => r.Value.Kind == "workday").Should().Be(151);
    }

    [Fact]
    public void CountWorkingDays_EachYear_MatchesDayByDayCount()
    {
        for (var year = 2004; year <= 2026; year++)
        {
            var interval = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            var expected = interval.Count(d => Rows.TryGetValue(d, out var r) ? r.Kind == "workday" : d.DayOfWeek < IsoDayOfWeek.Saturday);
            Calendar.CountWorkingDays(interval).Should().Be(expected, $"year {year}");
        }
    }

    [Fact]
    public void CountWorkingDays_2017_Is249()
    {
        // 365 days - 105 weekend days - 16 weekday holidays + 5 make-up workdays.
        Calendar.CountWorkingDays(new DateInterval(D("2017-01-01"), D("2017-12-31"))).Should().Be(249);
    }

    [Fact]
    public void CoveredYears_Are2004To2026()
    {
        Calendar.CoveredYears.Should().Equal(Enumerable.Range(2004, 23));
        Calendar.Covers(2003).Should().BeFalse();
        Calendar.Covers(2027).Should().BeFalse();
    }
}
