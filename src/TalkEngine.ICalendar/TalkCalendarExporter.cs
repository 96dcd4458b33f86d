using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using TalkEngine.Planning;
using TalkEngine.Scheduling;
using IcalCalendar = Ical.Net.Calendar;

namespace TalkEngine.ICalendar;

/// <summary>
/// Writes a schedule as an iCalendar (RFC 5545) file: one VEVENT per placed talk with a stable UID, DTSTART and DTEND
/// in <c>Asia/Shanghai</c> (with its VTIMEZONE), a SUMMARY naming the kind of talk and the people, and LOCATION when
/// the talk has a room. Evidence, reasons, outlines and records are sensitive and are never written: an event holds
/// only UID, DTSTAMP, DTSTART, DTEND, SUMMARY, LOCATION and the SEQUENCE Ical.Net adds. The same input gives byte-identical output (events sorted
/// by start, then UID; DTSTAMP from the input or <see cref="TalkCalendarOptions.Timestamp"/>). Stateless and thread-safe.
/// </summary>
public static class TalkCalendarExporter
{
    /// <summary>The zone every DTSTART and DTEND is written in.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    private const string ProductId = "-//TalkEngine//TalkEngine.ICalendar//EN";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[TimeZoneId];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The events of a plan's schedule, in the order they are written: by start, then UID.</summary>
    /// <param name="plan">The plan the schedule was made from.</param>
    /// <param name="schedule">The schedule (talk ids are the plan's demand ids, as <see cref="TalkScheduler.SchedulePlan"/> gives them).</param>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>One event per placed talk: UID <c>&lt;demand id&gt;.&lt;year of the plan period's start&gt;@&lt;domain&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schedule holds a talk that is not the plan's (another plan's schedule), or the options are invalid.</exception>
    public static IReadOnlyList<TalkCalendarEvent> Events(YearPlan plan, TalkSchedule schedule, TalkCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schedule);
        options ??= new TalkCalendarOptions();
        var domain = CheckDomain(options.UidDomain);
        var text = TextRenderer.For(options.Language);
        var english = options.Language == OutputLanguage.English;
        var year = plan.Period.Start.Year;
        var events = new List<TalkCalendarEvent>(schedule.Talks.Count);
        foreach (var timed in schedule.Talks)
        {
            var talk = plan.FindTalk(timed.TalkId);
            if (talk is null || !string.Equals(talk.LeaderId, timed.LeaderId, StringComparison.Ordinal)
                || !string.Equals(talk.SubjectId, timed.SubjectId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The schedule is not this plan's: talk '{timed.TalkId}' ({timed.LeaderId} with {timed.SubjectId}) "
                    + (talk is null ? "is not among the plan's talks." : $"is the plan's talk of {talk.LeaderId} with {talk.SubjectId}.")
                    + " Export a schedule with the plan it was made from (TalkScheduler.SchedulePlan).",
                    nameof(schedule));
            }

            var leader = plan.Roster.FindLeader(talk.LeaderId)?.Name ?? talk.LeaderId;
            var subject = plan.Roster.FindPerson(talk.SubjectId)?.Name ?? talk.SubjectId;
            var kind = text.Name(talk.Style);
            if (talk.Mode != Demands.TalkMode.InPerson)
            {
                kind += (english ? ", " : "，") + text.Name(talk.Mode);
            }

            var source = text.Name(talk.Source);
            var summary = english
                ? $"{char.ToUpperInvariant(source[0])}{source[1..]} ({kind}): {leader} with {subject}"
                : $"{source}（{kind}）：{leader}与{subject}谈话";
            events.Add(new TalkCalendarEvent($"{talk.DemandId}.{year}@{domain}", summary, timed.Start, timed.End, timed.RoomId));
        }

        return Sorted(events);
    }

    /// <summary>The calendar of a plan's schedule as text (lines end with CRLF, as RFC 5545 wants).</summary>
    /// <param name="plan">The plan the schedule was made from.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schedule is not the plan's, or the options are invalid.</exception>
    public static string Export(YearPlan plan, TalkSchedule schedule, TalkCalendarOptions? options)
    {
        var events = Events(plan, schedule, options);
        var stamp = options?.Timestamp ?? plan.Period.Start.AtStartOfDayInZone(Zone).ToInstant();
        return Write(events, stamp);
    }

    /// <summary>Writes the calendar of a plan's schedule to a writer.</summary>
    /// <param name="plan">The plan the schedule was made from.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="options">The options; defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schedule is not the plan's, or the options are invalid.</exception>
    public static void Export(YearPlan plan, TalkSchedule schedule, TextWriter writer, TalkCalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Export(plan, schedule, options));
    }

    /// <summary>Writes the calendar of a plan's schedule to a stream, in UTF-8 without a byte order mark.</summary>
    /// <param name="plan">The plan the schedule was made from.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="options">The options; defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schedule is not the plan's, or the options are invalid.</exception>
    public static void Export(YearPlan plan, TalkSchedule schedule, Stream stream, TalkCalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(Export(plan, schedule, options));
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// A calendar of events built elsewhere (talks that are not a <see cref="YearPlan"/>'s, such as a scheduling
    /// bench file's). The events are written sorted by start, then UID.
    /// </summary>
    /// <param name="events">The events; UIDs distinct.</param>
    /// <param name="options">The options (only <see cref="TalkCalendarOptions.Timestamp"/> is read); defaults when null.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException">An argument or event is null.</exception>
    /// <exception cref="ArgumentException">Two events share a UID, an event ends before it starts, or a UID or summary is empty.</exception>
    public static string Export(IEnumerable<TalkCalendarEvent> events, TalkCalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = new List<TalkCalendarEvent>();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(events), "An event is null.");
            }

            if (string.IsNullOrWhiteSpace(e.Uid) || string.IsNullOrWhiteSpace(e.Summary))
            {
                throw new ArgumentException("Every event needs a UID and a summary.", nameof(events));
            }

            if (e.End.ToInstant() <= e.Start.ToInstant())
            {
                throw new ArgumentException($"Event '{e.Uid}' ends before it starts.", nameof(events));
            }

            if (!uids.Add(e.Uid))
            {
                throw new ArgumentException($"Two events share the UID '{e.Uid}'.", nameof(events));
            }

            list.Add(e);
        }

        var sorted = Sorted(list);
        var stamp = options?.Timestamp ?? (sorted.Count == 0 ? NodaConstants.UnixEpoch : sorted[0].Start.ToInstant());
        return Write(sorted, stamp);
    }

    private static List<TalkCalendarEvent> Sorted(List<TalkCalendarEvent> events)
    {
        events.Sort((a, b) =>
        {
            var byStart = a.Start.ToInstant().CompareTo(b.Start.ToInstant());
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Uid, b.Uid);
        });
        return events;
    }

    private static string CheckDomain(string domain)
    {
        if (string.IsNullOrEmpty(domain) || !domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"TalkCalendarOptions.UidDomain '{domain}' must be letters, digits, '.', '-' or '_'.", "options");
        }

        return domain;
    }

    private static string Write(IReadOnlyList<TalkCalendarEvent> events, Instant stamp)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        var first = events.Count == 0 ? stamp : events[0].Start.ToInstant();
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, first.InZone(Zone).LocalDateTime.Date.ToDateTimeUnspecified(), includeHistoricalData: false));
        var utcStamp = stamp.InUtc().LocalDateTime;
        foreach (var e in events)
        {
            var evt = new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = new CalDateTime(utcStamp.Year, utcStamp.Month, utcStamp.Day, utcStamp.Hour, utcStamp.Minute, utcStamp.Second, CalDateTime.UtcTzId),
                DtStart = Local(e.Start),
                DtEnd = Local(e.End),
                Summary = e.Summary,
            };
            if (!string.IsNullOrEmpty(e.Location))
            {
                evt.Location = e.Location;
            }

            calendar.Events.Add(evt);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime Local(ZonedDateTime time)
    {
        var local = time.WithZone(Zone).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, TimeZoneId);
    }
}
