using NodaTime;
using TalkEngine.Demands;
using TalkEngine.ICalendar;
using TalkEngine.Scheduling;

namespace TalkEngine.Samples.ConsoleApp.Scheduling;

/// <summary>
/// <c>schedule --format ics</c>: the placed talks of a bench file as an iCalendar file (TalkEngine.ICalendar). The bench
/// format has no names, styles or reasons: the title uses the ids as names and the talk's <c>source</c> as its kind
/// (named as the library names a known source, "talk"/"谈话" without one). UID <c>&lt;talk id&gt;.&lt;year&gt;@talkengine</c>.
/// </summary>
internal static class ScheduleIcs
{
    // The library's source codes (annual, satisfaction-survey, pre-holiday, …), as the bench writes them.
    private static readonly Dictionary<string, DemandSource> KnownSources = Enum.GetValues<DemandSource>().ToDictionary(
        s => System.Text.RegularExpressions.Regex.Replace(s.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant(), s => s, StringComparer.Ordinal);

    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb[TalkCalendarExporter.TimeZoneId];

    public static string Write(SchedulingInstance instance, DaySchedule schedule, (LocalTime Start, LocalTime End)?[] times, OutputLanguage language)
    {
        var en = language == OutputLanguage.English;
        var text = TextRenderer.For(language);
        var sources = instance.Request.Talks.ToDictionary(t => t.Id, t => t.Source, StringComparer.Ordinal);
        var year = instance.Year is { } y ? "." + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var events = new List<TalkCalendarEvent>();
        for (var i = 0; i < schedule.Talks.Count; i++)
        {
            if (times[i] is not { } time)
            {
                continue;   // a day with more talks than slots: no hour, so no event
            }

            var talk = schedule.Talks[i];
            var source = sources.GetValueOrDefault(talk.TalkId);
            var kind = source is null ? (en ? "Talk" : "谈话")
                : KnownSources.TryGetValue(source, out var known) ? text.Name(known) : source;
            // As the library's titles: in English the kind starts with a capital (Annual round: …).
            var summary = en ? $"{char.ToUpperInvariant(kind[0])}{kind[1..]}: {talk.LeaderId} with {talk.SubjectId}" : $"{kind}：{talk.LeaderId}与{talk.SubjectId}谈话";
            events.Add(new TalkCalendarEvent(
                $"{talk.TalkId}{year}@talkengine",
                summary,
                talk.Date.At(time.Start).InZoneStrictly(Shanghai),
                talk.Date.At(time.End).InZoneStrictly(Shanghai),
                null));
        }

        return TalkCalendarExporter.Export(events, null);
    }
}
