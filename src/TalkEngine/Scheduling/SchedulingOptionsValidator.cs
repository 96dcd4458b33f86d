using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using NodaTime.Text;
using TalkEngine.Demands;

namespace TalkEngine.Scheduling;

/// <summary>Reports every invalid <see cref="SchedulingOptions"/> setting at once: in DI when the host starts, and in <see cref="TalkScheduler"/>'s constructor.</summary>
internal sealed class SchedulingOptionsValidator : OptionsSectionValidator<SchedulingOptions>
{
    public static readonly SchedulingOptionsValidator Instance = new();

    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    protected override string Section => "Scheduling";

    /// <summary>The working hours as minutes from midnight, or null when they cannot be read, overlap or are out of order.</summary>
    public static (int Start, int End)[]? ParseHours(IList<string>? hours)
    {
        if (hours is null || hours.Count == 0)
        {
            return null;
        }

        var result = new (int, int)[hours.Count];
        var previous = -1;
        for (var i = 0; i < hours.Count; i++)
        {
            var parts = hours[i]?.Split('-');
            if (parts is not { Length: 2 } || !Time.Parse(parts[0].Trim()).TryGetValue(default, out var start) || !Time.Parse(parts[1].Trim()).TryGetValue(default, out var end))
            {
                return null;
            }

            var s = (start.Hour * 60) + start.Minute;
            var e = (end.Hour * 60) + end.Minute;
            if (e <= s || s < previous)
            {
                return null;
            }

            previous = e;
            result[i] = (s, e);
        }

        return result;
    }

    protected override void Bind(SchedulingOptions section, IConfiguration configured, List<ValidationProblem> problems) => configured.Bind(section);

    protected override SchedulingOptions? Select(TalkEngineOptions options) => options.Scheduling;

    protected override void ClearConfiguredLists(SchedulingOptions options, Func<string, bool> configured)
    {
        if (configured("WorkingHours"))
        {
            options.WorkingHours = new List<string>();
        }

        if (configured("MinutesByStyle"))
        {
            options.MinutesByStyle = new Dictionary<TalkStyle, int>();
        }

        if (configured("ExtraMinutesByMode"))
        {
            options.ExtraMinutesByMode = new Dictionary<TalkMode, int>();
        }
    }

    protected override void Check(SchedulingOptions options, OptionsProblems p)
    {
        if (ParseHours(options.WorkingHours) is null)
        {
            p.Add(OptionsProblems.EmptyCode, "WorkingHours", $"must list periods 'HH:mm-HH:mm', each ending after it starts, in order and not overlapping, such as '09:00-11:30' and '14:00-17:30'.");
        }

        if (!p.Null(options.MinutesByStyle, "MinutesByStyle", "leave it out to keep its defaults."))
        {
            foreach (var (style, minutes) in options.MinutesByStyle)
            {
                p.Enum(style, "MinutesByStyle");
                p.Range(minutes, 5, 8 * 60, $"MinutesByStyle:{style}", "minutes");
            }
        }

        if (!p.Null(options.ExtraMinutesByMode, "ExtraMinutesByMode", "leave it out to add nothing."))
        {
            foreach (var (mode, minutes) in options.ExtraMinutesByMode)
            {
                p.Enum(mode, "ExtraMinutesByMode");
                p.Range(minutes, 0, 4 * 60, $"ExtraMinutesByMode:{mode}", "minutes");
            }
        }

        p.Range(options.BufferMinutes, 0, 4 * 60, "BufferMinutes", "minutes");
        if (options.NodeLimit < 0)
        {
            p.Add(OptionsProblems.OutOfRangeCode, "NodeLimit", $"is {options.NodeLimit}; use 0 or more.");
        }
    }
}
