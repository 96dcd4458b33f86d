using System.CommandLine;
using System.Globalization;
using NodaTime;
using Spectre.Console;
using TalkEngine.Calendar;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// <c>calendar --year 2026 [--format table|json] [--lang zh|en]</c>: a year's holiday breaks and make-up workdays as a
/// table, or every day of the year as JSON. A year without data (in either format, whatever the year) exits with code 2
/// (<see cref="SampleApp.BadInput"/>) and one line on stderr.
/// </summary>
internal sealed class CalendarCommand : ISampleCommand
{
    public const int YearNotCoveredExitCode = SampleApp.BadInput;

    public Command Build()
    {
        var year = new Option<int>("--year") { Description = "年份 / Year", Required = true };
        var format = new Option<string>("--format") { Description = "table（默认）或 json / table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = CreateLanguageOption();
        var command = new Command("calendar", "中国大陆工作日历：节假日与调休上班日 / Mainland-China working calendar: holidays and make-up workdays");
        command.Options.Add(year);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var language = Language(parseResult, lang);
            var calendar = WorkingCalendar.MainlandChina;
            var selectedYear = parseResult.GetValue(year);
            try
            {
                // Any year the calendar has no data for, including one NodaTime cannot represent (99999, -9999),
                // gets the same answer in both formats.
                if (!HasDays(calendar, selectedYear))
                {
                    throw new CalendarYearNotCoveredException(selectedYear);
                }

                if (parseResult.GetValue(format) == "json")
                {
                    output.WriteLine(ToJson(calendar, selectedYear, language));
                }
                else
                {
                    RenderTable(Create(output), calendar, selectedYear, language);
                }

                return 0;
            }
            catch (CalendarYearNotCoveredException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(T(
                    language,
                    $"错误：工作日历没有 {ex.Year} 年的节假日数据；请在配置 TalkEngine:Calendar:Years 中或用 WorkingCalendar.WithOverrides 添加该年（已有 {calendar.CoveredYears[0]}–{calendar.CoveredYears[^1]} 年）。",
                    $"error: the working calendar has no holiday data for {ex.Year}; add the year under the configuration key TalkEngine:Calendar:Years or with WorkingCalendar.WithOverrides (covered: {calendar.CoveredYears[0]}-{calendar.CoveredYears[^1]})."));
                return YearNotCoveredExitCode;
            }
        });
        return command;
    }

    /// <summary>Every day of the year: <c>{"year":2026,"days":[{"date":"2026-01-01","working":false,"kind":"holiday","name":"元旦"},…]}</c>.</summary>
    public static string ToJson(WorkingCalendar calendar, int year, OutputLanguage language)
    {
        // Check the year before writing anything, so that a year without data writes no partial JSON
        // (and a year outside NodaTime's range, such as 99999, is not even built as a date).
        ArgumentNullException.ThrowIfNull(calendar);
        if (!HasDays(calendar, year))
        {
            throw new CalendarYearNotCoveredException(year);
        }

        var days = new List<CalendarDayJson>(366);
        for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
        {
            var day = calendar.GetDay(date);
            days.Add(new CalendarDayJson(date, day.IsWorkingDay, day.Kind, day.Holiday?.Get(language)));
        }

        return ConsoleJson.Serialize(new CalendarYearJson(year, days), ConsoleJson.Compact);
    }

    /// <summary>Whether the calendar can answer for every day of <paramref name="year"/>: a covered year, or any year NodaTime represents when the calendar assumes weekends only.</summary>
    public static bool HasDays(WorkingCalendar calendar, int year) =>
        calendar.Covers(year)
        || (calendar.UncoveredYears == UncoveredYearBehavior.AssumeWeekendsOnly && year >= LocalDate.MinIsoValue.Year && year <= LocalDate.MaxIsoValue.Year);

    public static string KindText(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Workday => "workday",
        CalendarDayKind.Weekend => "weekend",
        CalendarDayKind.Holiday => "holiday",
        CalendarDayKind.MakeupWorkday => "makeup-workday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The year's holiday breaks with their make-up workdays, and the year's working-day count.</summary>
    public static void RenderTable(IAnsiConsole console, WorkingCalendar calendar, int year, OutputLanguage language)
    {
        var periods = calendar.GetHolidayPeriods(year);
        var table = new Table().Title(Markup.Escape(T(language, $"{year} 年节假日安排", $"Holidays of {year}")));
        table.AddColumn(T(language, "节日", "Holiday"));
        table.AddColumn(T(language, "放假", "Days off"));
        table.AddColumn(new TableColumn(T(language, "天数", "Days")).RightAligned());
        table.AddColumn(T(language, "调休上班", "Make-up workdays"));
        foreach (var period in periods)
        {
            table.AddRow(
                Cell(period.Name.Get(language)),
                Cell($"{Format(period.FirstDay, language, year)} – {Format(period.LastDay, language, year)}"),
                Cell(period.Length.ToString(CultureInfo.InvariantCulture)),
                Cell(period.MakeupWorkdays.Count == 0 ? "—" : string.Join(Environment.NewLine, period.MakeupWorkdays.Select(d => Format(d, language, year)))));
        }

        console.Write(table);
        var workingDays = calendar.CountWorkingDays(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
        Line(console, T(language, $"{year} 年共有 {workingDays} 个工作日。", $"{year} has {workingDays} working days."));
    }

    /// <summary>A date with its day of the week: <c>2026-02-14（周六）</c> / <c>2026-02-14 (Sat)</c>; without the year when it is <paramref name="shownYear"/>.</summary>
    public static string Format(LocalDate date, OutputLanguage language, int? shownYear = null)
    {
        var iso = date.ToString(date.Year == shownYear ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var index = (int)date.DayOfWeek - 1;
        return language == OutputLanguage.English
            ? $"{iso} ({"Mon Tue Wed Thu Fri Sat Sun".Split(' ')[index]})"
            : $"{iso}（周{"一二三四五六日"[index]}）";
    }
}
