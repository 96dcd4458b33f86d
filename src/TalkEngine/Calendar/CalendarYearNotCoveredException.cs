using System;
using System.Globalization;

namespace TalkEngine.Calendar;

/// <summary>
/// Thrown when a <see cref="WorkingCalendar"/> is asked about a date in a year it has no holiday data for, and the
/// host did not choose <see cref="UncoveredYearBehavior.AssumeWeekendsOnly"/>. The message says how to add the year.
/// </summary>
public sealed class CalendarYearNotCoveredException : Exception
{
    /// <summary>Creates the exception for <paramref name="year"/>.</summary>
    /// <param name="year">The year without data.</param>
    public CalendarYearNotCoveredException(int year)
        : base(BuildMessage(year))
    {
        Year = year;
    }

    /// <summary>The year the calendar has no data for.</summary>
    public int Year { get; }

    private static string BuildMessage(int year) => string.Format(
        CultureInfo.InvariantCulture,
        "The working calendar has no holiday data for {0}. Add the year's holidays and make-up workdays from the State Council notice "
        + "without waiting for a new TalkEngine release: in code with WorkingCalendar.WithOverrides(o => o.AddYear({0}, y => y.AddHoliday(...).AddMakeupWorkday(...))) "
        + "or AddTalkEngine().ConfigureCalendar(o => o.AddYear({0}, ...)), or in configuration under the key TalkEngine:Calendar:Years "
        + "(an entry with Year = {0} and its Days). To treat years without data as Monday-to-Friday weeks instead, set "
        + "TalkEngine:Calendar:UncoveredYears to AssumeWeekendsOnly (WorkingCalendar.WithUncoveredYears).",
        year);
}
