using NodaTime;
using TalkEngine.Calendar;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary><c>calendar --format json</c>: <c>{"year":2026,"days":[…]}</c>.</summary>
internal sealed record CalendarYearJson(int Year, IReadOnlyList<CalendarDayJson> Days);

/// <summary>One day: <c>{"date":"2026-01-01","working":false,"kind":"holiday","name":"元旦"}</c> (no name on plain days).</summary>
internal sealed record CalendarDayJson(LocalDate Date, bool Working, CalendarDayKind Kind, string? Name);
