using System;
using NodaTime;

namespace TalkEngine;

/// <summary>
/// Dates as plain day numbers, the one representation of a day inside the package: working-day arithmetic,
/// record columns and coverage compare integers. A day number is the count of days since 1970-01-01 plus
/// <see cref="Shift"/>: positive for every <see cref="LocalDate"/>, a multiple of 7 on Mondays, and within
/// <see cref="int"/> range (<see cref="Of"/> gives it as an int for compact columns).
/// </summary>
internal static class DayNumbers
{
    // 1970-01-01 was a Thursday (weekday index 3 with Monday = 0); 7,000,000 keeps NodaTime's earliest date positive.
    public const long Shift = 7_000_003;

    public static readonly long Min = From(LocalDate.MinIsoValue);
    public static readonly long Max = From(LocalDate.MaxIsoValue);

    /// <summary>The day number of an ISO date.</summary>
    public static long From(LocalDate date) => DaysFromCivil(date.Year, date.Month, date.Day) + Shift;

    /// <summary>The day number of an ISO date as an int (every day number fits), for compact columns.</summary>
    public static int Of(LocalDate date) => (int)From(date);

    /// <summary>The ISO date of a day number in NodaTime's range.</summary>
    public static LocalDate ToDate(long dayNumber)
    {
        // Howard Hinnant's civil_from_days.
        var z = dayNumber - Shift + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var doe = z - (era * 146_097);
        var yoe = (doe - (doe / 1460) + (doe / 36_524) - (doe / 146_096)) / 365;
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var day = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        var year = (int)(yoe + (era * 400) + (month <= 2 ? 1 : 0));
        return new LocalDate(year, month, day);
    }

    /// <summary>The calendar year a day number falls in.</summary>
    public static int YearOf(long dayNumber) => ToDate(Math.Clamp(dayNumber, Min, Max)).Year;

    public static bool IsWeekend(long dayNumber) => dayNumber % 7 >= 5;

    /// <summary>Monday-to-Friday days among the day numbers [0, <paramref name="dayNumber"/>).</summary>
    public static long WeekdaysBefore(long dayNumber) => (5 * (dayNumber / 7)) + Math.Min(dayNumber % 7, 5);

    /// <summary>The smallest day number n with <see cref="WeekdaysBefore"/>(n) &gt;= <paramref name="count"/>.</summary>
    public static long FirstWithWeekdaysBefore(long count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var q = (count - 1) / 5;
        var r = ((count - 1) % 5) + 1;
        return (7 * q) + r;
    }

    private static long DaysFromCivil(int year, int month, int day)
    {
        // Howard Hinnant's days_from_civil (proleptic Gregorian), 1970-01-01 = 0.
        long y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe - 719_468;
    }
}
