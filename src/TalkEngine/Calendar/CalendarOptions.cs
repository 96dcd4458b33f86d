using System;
using System.Collections.Generic;

namespace TalkEngine.Calendar;

/// <summary>
/// The calendar settings of a host, bound from the configuration section <c>TalkEngine:Calendar</c>
/// (<see cref="TalkEngineOptions.Calendar"/>): the fallback for years without data, and override data: whole years
/// the package does not know yet and single days (company days off and on).
/// </summary>
/// <example>
/// <code language="json">
/// "TalkEngine": { "Calendar": {
///   "UncoveredYears": "Throw",
///   "Years": [ { "Year": 2027, "Days": [ { "Date": "2027-01-01", "Kind": "holiday", "NameZh": "元旦", "NameEn": "New Year's Day" } ] } ],
///   "Days":  [ { "Date": "2026-06-01", "Kind": "holiday", "NameZh": "公司成立日", "NameEn": "Company Day" } ]
/// } }
/// </code>
/// </example>
public sealed class CalendarOptions
{
    /// <summary>The configuration section of these options: <c>TalkEngine:Calendar</c>.</summary>
    public const string SectionName = "TalkEngine:Calendar";

    /// <summary>What to do with dates in years without data. Default: <see cref="UncoveredYearBehavior.Throw"/>.</summary>
    public UncoveredYearBehavior UncoveredYears { get; set; } = UncoveredYearBehavior.Throw;

    /// <summary>Whole years added to the calendar, each with the holidays and make-up workdays of its notice. Default: none.</summary>
    public IList<CalendarYearOptions> Years { get; } = new List<CalendarYearOptions>();

    /// <summary>Single days that replace what the calendar says (company days off and on, revised notices). Default: none.</summary>
    public IList<CalendarDayOptions> Days { get; } = new List<CalendarDayOptions>();

    /// <summary>Overrides added in code through <c>ConfigureCalendar</c>; applied after <see cref="Years"/> and <see cref="Days"/>.</summary>
    internal List<Action<CalendarOverridesBuilder>> CodeOverrides { get; } = new();
}
