using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace TalkEngine.Calendar;

/// <summary>Reports every invalid calendar setting and every problem of the override data at once, when the host starts.</summary>
internal sealed class CalendarOptionsValidator : OptionsSectionValidator<CalendarOptions>
{
    public static readonly CalendarOptionsValidator Instance = new();

    protected override void Bind(CalendarOptions section, IConfiguration configured, List<ValidationProblem> problems)
    {
        // The lists bind through the generator; the options class itself holds the internal code overrides, which it must not see.
        TalkEngineConfigurationBinder.BindEnum<UncoveredYearBehavior>(configured, nameof(CalendarOptions.UncoveredYears), problems, v => section.UncoveredYears = v);
        configured.GetSection(nameof(CalendarOptions.Years)).Bind(section.Years);
        configured.GetSection(nameof(CalendarOptions.Days)).Bind(section.Days);
    }

    protected override string Section => "Calendar";

    protected override CalendarOptions? Select(TalkEngineOptions options) => options.Calendar;

    protected override void Check(CalendarOptions options, OptionsProblems p)
    {
        p.Enum(options.UncoveredYears, "UncoveredYears");
        try
        {
            WorkingCalendar.MainlandChina.WithOptions(options);
        }
        catch (TalkEngineValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                p.AddFound(problem);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // The undefined UncoveredYears value, reported above.
        }
    }
}
