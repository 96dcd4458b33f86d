using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Demands;

/// <summary>A public holiday period (Spring Festival, National Day, …) as the calendar gives it. Immutable and thread-safe.</summary>
/// <param name="Key">A stable key, such as <c>spring-festival</c>; used in demand ids.</param>
/// <param name="Name">The name for people, such as 春节.</param>
/// <param name="FirstDayOff">The first day off of the period.</param>
public sealed record HolidayPeriod(string Key, string Name, LocalDate FirstDayOff)
{
    /// <summary>A stable key, such as <c>spring-festival</c>; used in demand ids.</summary>
    public string Key { get; } = Guard.NotNullOrWhiteSpace(Key);

    /// <summary>The name for people, such as 春节.</summary>
    public string Name { get; } = Guard.NotNullOrWhiteSpace(Name);

    /// <summary>The first day off of the period.</summary>
    public LocalDate FirstDayOff { get; } = FirstDayOff;
}

/// <summary>
/// What the pre-holiday source needs from a working calendar: the holiday periods of a year and
/// counting working days backwards. Implement it over the library's working calendar (or a host's own).
/// </summary>
public interface IHolidayPeriodSource
{
    /// <summary>The holiday periods whose first day off falls in <paramref name="year"/>, in date order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The holiday periods; empty when the calendar does not know the year.</returns>
    IReadOnlyList<HolidayPeriod> HolidayPeriods(int year);

    /// <summary>The working day that lies <paramref name="workingDays"/> working days before <paramref name="date"/> (1 = the last working day before it).</summary>
    /// <param name="date">The date counted from (not itself counted).</param>
    /// <param name="workingDays">How many working days back; at least 1.</param>
    /// <returns>The working day.</returns>
    LocalDate WorkingDaysBefore(LocalDate date, int workingDays);
}
