using System.Globalization;
using NodaTime;
using Spectre.Console;
using TalkEngine.Calendar;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>The calendar part of <c>demo</c>: 2017's holiday breaks, its working days per month, and a working-day sum across National Day.</summary>
internal sealed class CalendarDemoSection
{
    private const int Year = 2017;

    public void Render(IAnsiConsole console, WorkingCalendar calendar, OutputLanguage language)
    {
        Heading(console, T(language, $"工作日历（{Year}）", $"Working calendar ({Year})"));
        CalendarCommand.RenderTable(console, calendar, Year, language);

        var months = new Table().Title(T(language, $"{Year} 年各月工作日", $"Working days per month of {Year}"));
        months.AddColumn(T(language, "月份", "Month"));
        months.AddColumn(new TableColumn(T(language, "工作日", "Working days")).RightAligned());
        for (var month = 1; month <= 12; month++)
        {
            var first = new LocalDate(Year, month, 1);
            var count = calendar.CountWorkingDays(new DateInterval(first, first.PlusMonths(1).PlusDays(-1)));
            months.AddRow(T(language, $"{month} 月", first.ToString("MMMM", CultureInfo.InvariantCulture)), count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(months);

        var start = new LocalDate(Year, 9, 25);
        var end = calendar.AddWorkingDays(start, 20);
        var crossed = calendar.GetHolidayPeriods(Year).Where(p => p.FirstDay > start && p.LastDay < end).ToList();
        var breaks = string.Join(T(language, "、", ", "), crossed.Select(p => $"{p.Name.Get(language)} {CalendarCommand.Format(p.FirstDay, language, Year)}–{CalendarCommand.Format(p.LastDay, language, Year)}"));
        var makeups = string.Join(T(language, "、", ", "), crossed.SelectMany(p => p.MakeupWorkdays).Where(d => d > start && d < end).Select(d => CalendarCommand.Format(d, language, Year)));
        Line(console, T(
            language,
            $"{CalendarCommand.Format(start, language)} 之后第 20 个工作日：{CalendarCommand.Format(end, language)}（跨过 {breaks}；调休上班 {makeups} 计入；共 {Period.DaysBetween(start, end)} 天）。",
            $"20 working days after {CalendarCommand.Format(start, language)}: {CalendarCommand.Format(end, language)} (crossing {breaks}; make-up workday {makeups} counted; {Period.DaysBetween(start, end)} calendar days)."));
    }
}
