using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;

namespace TalkEngine.Calendar;

/// <summary>Reports every invalid calendar setting and every problem of the override data at once, when the host starts.</summary>
internal sealed class CalendarOptionsValidator : IValidateOptions<TalkEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, TalkEngineOptions options)
    {
        var calendar = options.Calendar;
        if (calendar is null)
        {
            return ValidateOptionsResult.Fail($"{CalendarOptions.SectionName} is null; leave it out to use the defaults.");
        }

        var failures = new List<string>();
        if (!Enum.IsDefined(calendar.UncoveredYears))
        {
            failures.Add($"{CalendarOptions.SectionName}:UncoveredYears '{calendar.UncoveredYears}' is not supported; use Throw or AssumeWeekendsOnly.");
        }

        try
        {
            WorkingCalendar.MainlandChina.WithOptions(calendar);
        }
        catch (TalkEngineValidationException ex)
        {
            failures.AddRange(ex.Problems.Select(p => $"{CalendarOptions.SectionName}: {p}"));
        }
        catch (ArgumentOutOfRangeException)
        {
            // The undefined UncoveredYears value, reported above.
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
