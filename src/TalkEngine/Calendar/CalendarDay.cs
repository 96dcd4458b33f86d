using NodaTime;

namespace TalkEngine.Calendar;

/// <summary>
/// What one date is in a <see cref="WorkingCalendar"/>: a workday, a weekend day, a holiday or a make-up workday,
/// with the holiday's name where there is one. Returned by <see cref="WorkingCalendar.GetDay(LocalDate)"/>; immutable.
/// </summary>
public readonly record struct CalendarDay
{
    internal CalendarDay(LocalDate date, CalendarDayKind kind, HolidayName? holiday)
    {
        Date = date;
        Kind = kind;
        Holiday = holiday;
    }

    /// <summary>The date (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>What the date is.</summary>
    public CalendarDayKind Kind { get; }

    /// <summary>
    /// For <see cref="CalendarDayKind.Holiday"/> the holiday's name; for <see cref="CalendarDayKind.MakeupWorkday"/>
    /// the name of the holiday it pays for; <see langword="null"/> for ordinary workdays and weekend days.
    /// </summary>
    public HolidayName? Holiday { get; }

    /// <summary>Whether talks can be held on the date: a <see cref="CalendarDayKind.Workday"/> or a <see cref="CalendarDayKind.MakeupWorkday"/>.</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.Workday or CalendarDayKind.MakeupWorkday;
}
