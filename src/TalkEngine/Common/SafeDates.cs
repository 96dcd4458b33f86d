using System;
using NodaTime;

namespace TalkEngine;

/// <summary>
/// Date arithmetic that cannot leave NodaTime's range, and the range of dates the package's inputs may hold. NodaTime
/// throws <see cref="OverflowException"/> or <see cref="ArgumentOutOfRangeException"/> past -9998-01-01 and
/// 9999-12-31; inputs are kept a year inside that (years 1 to 9998, the calendar data's own range), so that a window
/// a year long (the longest the options allow) computed from one of them never reaches the edge, and the few sums
/// that take a caller's number of any size (a look-back) clamp instead.
/// </summary>
internal static class SafeDates
{
    /// <summary>The earliest date an input may hold: 0001-01-01.</summary>
    public static readonly LocalDate Earliest = new(1, 1, 1);

    /// <summary>The latest date an input may hold: 9998-12-31.</summary>
    public static readonly LocalDate Latest = new(9998, 12, 31);

    /// <summary>The allowed range as text for messages: "0001-01-01..9998-12-31".</summary>
    public const string RangeText = "0001-01-01..9998-12-31";

    /// <summary>True when <paramref name="date"/> (in any calendar system) lies in <see cref="Earliest"/>..<see cref="Latest"/>.</summary>
    public static bool InRange(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= Earliest && iso <= Latest;
    }

    /// <summary>True when both ends of <paramref name="interval"/> lie in range.</summary>
    public static bool InRange(DateInterval interval) => InRange(interval.Start) && InRange(interval.End);

    /// <summary><paramref name="date"/> plus <paramref name="days"/> days, clamped to NodaTime's ISO range (by day numbers: no overflow for any count), in the date's calendar.</summary>
    public static LocalDate PlusDaysClamped(LocalDate date, long days)
    {
        var day = DayNumbers.From(date.WithCalendar(CalendarSystem.Iso));

        // Both terms are far inside long's range: day numbers are below 2^23, and days is clamped first.
        var sum = day + Math.Clamp(days, -(DayNumbers.Max + 1), DayNumbers.Max + 1);
        return DayNumbers.ToDate(Math.Clamp(sum, DayNumbers.Min, DayNumbers.Max)).WithCalendar(date.Calendar);
    }

    /// <summary><paramref name="date"/> less a non-negative <paramref name="period"/>, or NodaTime's earliest date when that lies before it.</summary>
    public static LocalDate MinusClamped(LocalDate date, Period period)
    {
        try
        {
            return date.Minus(period);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            // NodaTime reports the edge of its range either way; a non-negative period only moves back.
            return LocalDate.MinIsoValue.WithCalendar(date.Calendar);
        }
    }
}
