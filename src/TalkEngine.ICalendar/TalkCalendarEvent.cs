using NodaTime;

namespace TalkEngine.ICalendar;

/// <summary>
/// One event of the calendar: what a VEVENT holds and nothing more (no evidence, reasons or record content).
/// Built from a plan and its schedule by <see cref="TalkCalendarExporter.Events"/>, or by a host that has talks
/// from elsewhere. Immutable.
/// </summary>
/// <param name="Uid">The UID: stable across runs for the same talk.</param>
/// <param name="Summary">The title (the kind of talk and the people).</param>
/// <param name="Start">When it starts (written in <c>Asia/Shanghai</c>).</param>
/// <param name="End">When it ends, after <paramref name="Start"/>.</param>
/// <param name="Location">The room, or null.</param>
public sealed record TalkCalendarEvent(string Uid, string Summary, ZonedDateTime Start, ZonedDateTime End, string? Location);
