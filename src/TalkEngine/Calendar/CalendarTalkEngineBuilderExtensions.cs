using System;
using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Calendar;

namespace TalkEngine;

/// <summary>Calendar configuration on the <see cref="TalkEngineBuilder"/> returned by <c>AddTalkEngine</c>.</summary>
public static class CalendarTalkEngineBuilderExtensions
{
    /// <summary>
    /// Adds calendar overrides in code to the registered <see cref="WorkingCalendar"/>, on top of the embedded data and of
    /// the configuration section <c>TalkEngine:Calendar</c>, such as a year the package does not know yet:
    /// <c>builder.ConfigureCalendar(o => o.AddYear(2027, y => y.AddHoliday(...)))</c>. Validated when the host starts.
    /// </summary>
    /// <param name="builder">The TalkEngine builder.</param>
    /// <param name="configure">Adds years and days.</param>
    /// <returns>The same builder.</returns>
    public static TalkEngineBuilder ConfigureCalendar(this TalkEngineBuilder builder, Action<CalendarOverridesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<TalkEngineOptions>(o => o.Calendar.CodeOverrides.Add(configure));
        return builder;
    }

    /// <summary>Chooses what the registered <see cref="WorkingCalendar"/> does with years without data (same as <c>TalkEngine:Calendar:UncoveredYears</c>).</summary>
    /// <param name="builder">The TalkEngine builder.</param>
    /// <param name="behavior">Throw (the default) or assume Monday-to-Friday weeks.</param>
    /// <returns>The same builder.</returns>
    public static TalkEngineBuilder ConfigureCalendar(this TalkEngineBuilder builder, UncoveredYearBehavior behavior)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<TalkEngineOptions>(o => o.Calendar.UncoveredYears = behavior);
        return builder;
    }
}
