using NodaTime;

namespace TalkEngine.ICalendar;

/// <summary>How <see cref="TalkCalendarExporter"/> writes a calendar. Mutable; not shared across threads while being changed.</summary>
public sealed class TalkCalendarOptions
{
    /// <summary>The language of the event titles: simplified Chinese (the default) or English. Names are data and stay as the roster writes them.</summary>
    public OutputLanguage Language { get; set; } = OutputLanguage.SimplifiedChinese;

    /// <summary>
    /// The DTSTAMP of every event. Null (the default) takes a value from the input, so that the same input gives the
    /// same bytes: midnight of the plan period's first day in <c>Asia/Shanghai</c>, or, for a list of events, the
    /// earliest start (the Unix epoch for none).
    /// </summary>
    public Instant? Timestamp { get; set; }

    /// <summary>The part of each UID after the <c>@</c>: <c>talkengine</c> by default. Letters, digits, '.', '-' and '_' only.</summary>
    public string UidDomain { get; set; } = "talkengine";
}
