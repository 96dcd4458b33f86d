namespace TalkEngine.Calendar;

/// <summary>What a day is in a <see cref="WorkingCalendar"/>.</summary>
public enum CalendarDayKind
{
    /// <summary>An ordinary working day: Monday to Friday with no holiday, or a day a host declared worked.</summary>
    Workday = 0,

    /// <summary>An ordinary Saturday or Sunday off.</summary>
    Weekend = 1,

    /// <summary>A day off inside an announced holiday break (statutory, bridged 调休, or company-specific); it carries a name.</summary>
    Holiday = 2,

    /// <summary>A Saturday or Sunday that is worked to pay for bridged weekdays (调休上班); it carries the name of its holiday.</summary>
    MakeupWorkday = 3,
}
