namespace TalkEngine.Calendar;

/// <summary>What a <see cref="WorkingCalendar"/> does with a date in a year it has no holiday data for.</summary>
public enum UncoveredYearBehavior
{
    /// <summary>
    /// Throw <see cref="CalendarYearNotCoveredException"/> naming the year (the default): a schedule built on guessed
    /// holidays is wrong on several days of every year, so a missing year must be added, not assumed.
    /// </summary>
    Throw = 0,

    /// <summary>Treat the year as Monday-to-Friday working weeks with no holidays and no make-up workdays. Chosen explicitly by the host.</summary>
    AssumeWeekendsOnly = 1,
}
