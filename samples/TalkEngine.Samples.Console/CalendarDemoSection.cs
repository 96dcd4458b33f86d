using System.Globalization;
using NodaTime;
using Spectre.Console;
using TalkEngine.Calendar;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// The calendar part of <c>demo</c>: the plan year's holiday breaks, its working days per month, and a working-day sum
/// across National Day. The year is the roster file's (2017 for the shipped example), never a fixed one.
/// </summary>
internal sealed class CalendarDemoSection
{
    public void Render(IAnsiConsole console, WorkingCalendar calendar, int year, OutputLanguage language)
    {
        Heading(console, T(language, $"工作日历（{year}）", $"Working calendar ({year})"));
        CalendarCommand.RenderTable(console, calendar, year, language);

        var months = new Table().Title(T(language, $"{year} 年各月工作日", $"Working days per month of {year}"));
        months.AddColumn(T(language, "月份", "Month"));
        months.AddColumn(new TableColumn(T(language, "工作日", "Working days")).RightAligned());
        for (var month = 1; month <= 12; month++)
        {
            var first = new LocalDate(year, month, 1);
            var count = calendar.CountWorkingDays(new DateInterval(first, first.PlusMonths(1).PlusDays(-1)));
            months.AddRow(T(language, $"{month} 月", first.ToString("MMMM", CultureInfo.InvariantCulture)), count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(months);

        var start = new LocalDate(year, 9, 25);
        var end = calendar.AddWorkingDays(start, 20);
        var crossed = calendar.GetHolidayPeriods(year).Where(p => p.FirstDay > start && p.LastDay < end).ToList();
        var breaks = string.Join(T(language, "、", ", "), crossed.Select(p => $"{p.Name.Get(language)} {CalendarCommand.Format(p.FirstDay, language, year)}–{CalendarCommand.Format(p.LastDay, language, year)}"));
        var makeupDays = crossed.SelectMany(p => p.MakeupWorkdays).Where(d => d > start && d < end).Select(d => CalendarCommand.Format(d, language, year)).ToList();
        var makeups = makeupDays.Count == 0
            ? T(language, "；其间无调休上班日", "; no make-up workday in between")
            : T(language, $"；调休上班 {string.Join("、", makeupDays)} 计入", $"; make-up workday {string.Join(", ", makeupDays)} counted");
        var days = Period.DaysBetween(start, end).ToString(CultureInfo.InvariantCulture);
        Line(console, T(
            language,
            $"{CalendarCommand.Format(start, language)} 之后第 20 个工作日：{CalendarCommand.Format(end, language)}（跨过 {breaks}{makeups}；共 {days} 天）。",
            $"20 working days after {CalendarCommand.Format(start, language)}: {CalendarCommand.Format(end, language)} (crossing {breaks}{makeups}; {days} calendar days)."));
    }
}
