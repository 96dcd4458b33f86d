using System.Collections.Generic;

namespace TalkEngine.Calendar;

/// <summary>A year added to the calendar: the holidays and make-up workdays of its State Council notice.</summary>
public sealed class CalendarYearOptions
{
    /// <summary>The notice's year, such as 2027. The year becomes covered.</summary>
    public int Year { get; set; }

    /// <summary>
    /// The notice's days: kind <c>holiday</c> or <c>makeup-workday</c>, dated in the year or in December of the year
    /// before (a New Year break can start there). At least one holiday.
    /// </summary>
    public IList<CalendarDayOptions> Days { get; } = new List<CalendarDayOptions>();
}
