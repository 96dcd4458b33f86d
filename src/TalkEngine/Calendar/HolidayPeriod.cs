using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Calendar;

/// <summary>
/// One public holiday break: the holiday rows of a notice merged with the Saturdays and Sundays next to them, plus the
/// make-up workdays that pay for it. Pre-holiday talks are planned from these. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A break is a maximal run of consecutive days off that contains at least one holiday day, so a break in which two
/// holidays meet (国庆节 and 中秋节 in 2017) is one period with both names. A break belongs to the year of its last
/// holiday day: the New Year break 2018-12-30..2019-01-01 is one of 2019's periods, as in the 2019 notice.
/// </remarks>
public sealed class HolidayPeriod
{
    internal HolidayPeriod(int year, IReadOnlyList<HolidayName> holidays, DateInterval daysOff, IReadOnlyList<LocalDate> holidayDates, IReadOnlyList<LocalDate> makeupWorkdays)
    {
        Year = year;
        Holidays = holidays;
        Name = holidays.Count == 1
            ? holidays[0]
            : new HolidayName(string.Join("、", Select(holidays, h => h.Chinese)), string.Join(", ", Select(holidays, h => h.English)));
        DaysOff = daysOff;
        HolidayDates = holidayDates;
        MakeupWorkdays = makeupWorkdays;
    }

    /// <summary>The year the break belongs to: the year of its last holiday day (for a New Year break that starts in December, the year of 1 January).</summary>
    public int Year { get; }

    /// <summary>The break's name; when holidays meet, their names joined in date order (<c>国庆节、中秋节</c> / <c>National Day, Mid-Autumn Festival</c>).</summary>
    public HolidayName Name { get; }

    /// <summary>The distinct holidays in the break, in date order.</summary>
    public IReadOnlyList<HolidayName> Holidays { get; }

    /// <summary>Every day off of the break, from <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive.</summary>
    public DateInterval DaysOff { get; }

    /// <summary>The first day off, which may be a Saturday or Sunday before the first holiday day.</summary>
    public LocalDate FirstDay => DaysOff.Start;

    /// <summary>The last day off, which may be a Saturday or Sunday after the last holiday day.</summary>
    public LocalDate LastDay => DaysOff.End;

    /// <summary>The number of days off in a row.</summary>
    public int Length => DaysOff.Length;

    /// <summary>The days of the break that are holiday days (the notice's rows), in date order.</summary>
    public IReadOnlyList<LocalDate> HolidayDates { get; }

    /// <summary>The make-up workdays (调休上班) that pay for this break, in date order; they can fall in the previous year.</summary>
    public IReadOnlyList<LocalDate> MakeupWorkdays { get; }

    private static IEnumerable<string> Select(IReadOnlyList<HolidayName> names, System.Func<HolidayName, string> pick)
    {
        foreach (var name in names)
        {
            yield return pick(name);
        }
    }
}
