using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using TalkEngine;
using TalkEngine.Calendar;

// A host that knows TalkEngine only as a NuGet package.
var services = new ServiceCollection();
services.AddTalkEngine(o => o.Language = OutputLanguage.SimplifiedChinese);
using var provider = services.BuildServiceProvider();
var options = provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
Console.WriteLine($"consumer: TalkEngine options resolved, time zone {options.TimeZoneId}");

// The calendar through the package: 2026-02-14 is a Saturday and a make-up workday (调休上班) for the Spring Festival.
var calendar = provider.GetRequiredService<WorkingCalendar>();
var saturday = new LocalDate(2026, 2, 14);
var day = calendar.GetDay(saturday);
Console.WriteLine($"consumer: {saturday:yyyy-MM-dd} ({saturday.DayOfWeek}) working day: {calendar.IsWorkingDay(saturday)}, kind {day.Kind}, {day.Holiday?.Chinese}");
if (!calendar.IsWorkingDay(saturday) || day.Kind != CalendarDayKind.MakeupWorkday || calendar.IsWorkingDay(new LocalDate(2026, 2, 16)))
{
    Console.Error.WriteLine("consumer: the packaged calendar gave a wrong answer for the 2026 Spring Festival");
    return 1;
}

return 0;
