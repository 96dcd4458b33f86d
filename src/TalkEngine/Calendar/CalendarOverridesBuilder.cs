using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace TalkEngine.Calendar;

/// <summary>
/// Collects calendar overrides in code (and from options or JSON) and validates them all at once in
/// <see cref="Build"/>. Not thread-safe; the <see cref="CalendarOverrides"/> it builds is.
/// </summary>
/// <example>
/// <code>
/// var calendar = WorkingCalendar.MainlandChina.WithOverrides(o => o
///     .AddYear(2027, y => y
///         .AddHoliday(new LocalDate(2027, 1, 1), "元旦", "New Year's Day")
///         .AddMakeupWorkday(new LocalDate(2027, 2, 6), "春节", "Spring Festival"))
///     .AddHoliday(new LocalDate(2026, 6, 1), "公司成立日", "Company Day")   // a company day off
///     .AddWorkday(new LocalDate(2026, 6, 6)));                             // a company Saturday on
/// </code>
/// </example>
public sealed class CalendarOverridesBuilder
{
    private const string KindList = "holiday, makeup-workday, workday or weekend";

    private readonly List<PendingYear> _years = new();
    private readonly List<PendingDay> _days = new();

    // Problems found while reading data (a null entry, a year without its number), reported by Build with the rest.
    private readonly List<ValidationProblem> _readProblems = new();
    private int _codeYears;
    private int _codeDays;

    internal CalendarOverridesBuilder()
    {
    }

    /// <summary>
    /// Adds a whole year the calendar does not cover (such as 2027), with the holidays and make-up workdays of its
    /// notice; the year becomes covered. Its days may start in December of the year before.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <param name="configure">Adds the notice's days.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddYear(int year, Action<CalendarYearBuilder> configure)
    {
        Guard.NotNull(configure);
        var path = $"AddYear[{_codeYears++}]";
        _years.Add(new PendingYear(path, year));
        configure(new CalendarYearBuilder(this, year, path));
        return this;
    }

    /// <summary>Makes <paramref name="date"/> a day off with a name: a company holiday, or a holiday added by a revised notice.</summary>
    /// <param name="date">The date; any day of the week.</param>
    /// <param name="nameZh">The name in simplified Chinese.</param>
    /// <param name="nameEn">The name in English; defaults to <paramref name="nameZh"/>.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddHoliday(LocalDate date, string nameZh, string? nameEn = null)
        => AddCodeDay(date, CalendarDayKind.Holiday, nameZh, nameEn);

    /// <summary>Makes a Saturday or Sunday a make-up workday (调休上班) named after the holiday it pays for.</summary>
    /// <param name="date">The date; must be a Saturday or Sunday.</param>
    /// <param name="nameZh">The holiday's name in simplified Chinese.</param>
    /// <param name="nameEn">The holiday's name in English; defaults to <paramref name="nameZh"/>.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddMakeupWorkday(LocalDate date, string nameZh, string? nameEn = null)
        => AddCodeDay(date, CalendarDayKind.MakeupWorkday, nameZh, nameEn);

    /// <summary>Makes <paramref name="date"/> a plain working day: cancels a holiday, or opens a Saturday or Sunday for the company.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddWorkday(LocalDate date) => AddCodeDay(date, CalendarDayKind.Workday, null, null);

    /// <summary>Makes a Saturday or Sunday a plain day off: cancels a make-up workday (as the 2020 Spring Festival extension did).</summary>
    /// <param name="date">The date; must be a Saturday or Sunday.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddWeekend(LocalDate date) => AddCodeDay(date, CalendarDayKind.Weekend, null, null);

    /// <summary>Adds the years and days of bound options (the <c>TalkEngine:Calendar</c> section), reported with paths such as <c>Days[2].Date</c>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public CalendarOverridesBuilder AddOptions(CalendarOptions options)
    {
        Guard.NotNull(options);
        AddDocument(options.Years, options.Days, "Years", "Days");
        return this;
    }

    /// <summary>Validates everything added and builds the overrides.</summary>
    /// <returns>The overrides.</returns>
    /// <exception cref="TalkEngineValidationException">
    /// The data are invalid. Every problem is listed, each naming its entry (path and date): a malformed or missing
    /// date, an unknown kind, a missing name, a make-up workday or weekend on a weekday, a date given twice, a year
    /// given twice or without holidays, a day outside its year.
    /// </exception>
    public CalendarOverrides Build()
    {
        var problems = new List<ValidationProblem>(_readProblems);
        var yearPaths = new Dictionary<int, string>();
        foreach (var year in _years)
        {
            var text = CalendarOverrides.YearText(year.Year);
            if (year.Year < 1 || year.Year > 9998)
            {
                problems.Add(new ValidationProblem("calendar.year-out-of-range", $"Year {text} is outside 1..9998; give the four-digit year of the notice.", year.Path + ".Year", [text]));
            }
            else if (!yearPaths.TryAdd(year.Year, year.Path))
            {
                problems.Add(new ValidationProblem("calendar.duplicate-year", $"Year {text} is given twice ({yearPaths[year.Year]} and {year.Path}); merge the two into one entry.", year.Path + ".Year", [text]));
            }
        }

        var valid = new List<(PendingDay Pending, CalendarDay Day)>();
        foreach (var day in _days)
        {
            if (Validate(day, problems) is { } calendarDay)
            {
                valid.Add((day, calendarDay));
            }
        }

        foreach (var group in valid.GroupBy(v => v.Day.Date).Where(g => g.Count() > 1))
        {
            var first = group.First().Pending;
            var date = LocalDatePattern.Iso.Format(group.Key);
            foreach (var (pending, _) in group.Skip(1))
            {
                problems.Add(new ValidationProblem(
                    "calendar.duplicate-date",
                    $"{date} is given twice: {first.Path} and {pending.Path}; keep one entry per date.",
                    pending.Path,
                    [date]));
            }
        }

        foreach (var year in _years.Where(y => yearPaths.TryGetValue(y.Year, out var path) && path == y.Path))
        {
            // Days that are invalid for other reasons are reported already; only a year with no holiday at all is reported here.
            var hasHoliday = _days.Any(d => d.OwnerPath == year.Path && (d.Kind ?? (d.KindText is null ? null : ParseKind(d.KindText.Trim()))) == CalendarDayKind.Holiday);
            if (!hasHoliday)
            {
                var text = CalendarOverrides.YearText(year.Year);
                problems.Add(new ValidationProblem("calendar.year-without-holidays", $"Year {text} has no holiday days; give the days of its State Council notice (kind holiday and makeup-workday).", year.Path, [text]));
            }
        }

        TalkEngineValidationException.ThrowIfAny(CalendarOverrides.ErrorCode, problems);
        var days = valid.Select(v => v.Day).OrderBy(d => d.Date).ToArray();
        return new CalendarOverrides(yearPaths.Keys.OrderBy(y => y).ToArray(), days, yearPaths);
    }

    internal void AddYearDay(int year, string yearPath, int index, LocalDate date, CalendarDayKind kind, string nameZh, string? nameEn)
        => _days.Add(new PendingDay($"{yearPath}.Days[{index}]", yearPath, year, null, date, null, kind, nameZh, nameEn));

    internal void AddDocument(IEnumerable<CalendarYearOptions?>? years, IEnumerable<CalendarDayOptions?>? days, string yearsName, string daysName)
        => AddDocument(years?.Select(y => y is null ? null : ((int?, IEnumerable<CalendarDayOptions?>?)?)(y.Year, y.Days)), days, yearsName, daysName, "Year");

    /// <summary>
    /// Adds years and days read from data (JSON, configuration). A null list is empty; a null entry, or a year without
    /// its number, is a problem naming its path (reported by <see cref="Build"/> with the rest), never an exception.
    /// </summary>
    internal void AddDocument(IEnumerable<(int? Year, IEnumerable<CalendarDayOptions?>? Days)?>? years, IEnumerable<CalendarDayOptions?>? days, string yearsName, string daysName, string yearName)
    {
        var yearIndex = 0;
        foreach (var entry in years ?? [])
        {
            var yearPath = $"{yearsName}[{yearIndex++}]";
            if (entry is not { } year)
            {
                _readProblems.Add(new ValidationProblem("calendar.null-entry", $"The entry {yearPath} is null; give an object such as {{\"year\":2027,\"days\":[…]}} or remove it.", yearPath));
                continue;
            }

            if (year.Year is not { } number)
            {
                _readProblems.Add(new ValidationProblem("calendar.missing-year", $"The entry {yearPath} has no year; give the four-digit year of the notice.", $"{yearPath}.{yearName}"));
                continue;
            }

            _years.Add(new PendingYear(yearPath, number));
            var dayIndex = 0;
            foreach (var day in year.Days ?? [])
            {
                AddText(day, $"{yearPath}.{daysName}[{dayIndex++}]", yearPath, number);
            }
        }

        var index = 0;
        foreach (var day in days ?? [])
        {
            AddText(day, $"{daysName}[{index++}]", null, null);
        }
    }

    private static CalendarDayKind? ParseKind(string text)
    {
        var normalized = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var kind in Enum.GetValues<CalendarDayKind>())
        {
            if (string.Equals(kind.ToString(), normalized, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static string DayName(LocalDate date) => date.DayOfWeek.ToString();

    private CalendarOverridesBuilder AddCodeDay(LocalDate date, CalendarDayKind kind, string? nameZh, string? nameEn)
    {
        _days.Add(new PendingDay($"Add{kind}[{_codeDays++}]", null, null, null, date, null, kind, nameZh, nameEn));
        return this;
    }

    private void AddText(CalendarDayOptions? day, string path, string? ownerPath, int? ownerYear)
    {
        if (day is null)
        {
            _readProblems.Add(new ValidationProblem("calendar.null-entry", $"The entry {path} is null; give an object such as {{\"date\":\"2027-01-01\",\"kind\":\"holiday\",\"nameZh\":\"元旦\"}} or remove it.", path));
            return;
        }

        _days.Add(new PendingDay(path, ownerPath, ownerYear, day.Date, null, day.Kind ?? string.Empty, null, day.NameZh, day.NameEn, FromText: true));
    }

    private CalendarDay? Validate(PendingDay day, List<ValidationProblem> problems)
    {
        var count = problems.Count;
        LocalDate? date = day.Date;
        var dateText = day.DateText?.Trim() ?? (day.Date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty);
        string[] ids = dateText.Length == 0 ? [] : [dateText];
        if (day.FromText)
        {
            if (string.IsNullOrWhiteSpace(day.DateText))
            {
                problems.Add(new ValidationProblem("calendar.missing-date", $"The entry {day.Path} has no date; give it as yyyy-MM-dd.", day.Path + ".Date"));
            }
            else
            {
                var parsed = LocalDatePattern.Iso.Parse(dateText);
                if (parsed.Success)
                {
                    date = parsed.Value;
                }
                else
                {
                    problems.Add(new ValidationProblem("calendar.malformed-date", $"'{dateText}' in {day.Path} is not a date in the form yyyy-MM-dd (such as 2027-01-01).", day.Path + ".Date", ids));
                }
            }
        }

        var kind = day.Kind;
        if (day.FromText)
        {
            if (string.IsNullOrWhiteSpace(day.KindText))
            {
                problems.Add(new ValidationProblem("calendar.missing-kind", $"The entry {day.Path} ({dateText}) has no kind; use {KindList}.", day.Path + ".Kind", ids));
            }
            else if ((kind = ParseKind(day.KindText.Trim())) is null)
            {
                problems.Add(new ValidationProblem("calendar.unknown-kind", $"The kind '{day.KindText}' of {day.Path} ({dateText}) is unknown; use {KindList}.", day.Path + ".Kind", ids));
            }
        }

        var nameZh = string.IsNullOrWhiteSpace(day.NameZh) ? null : day.NameZh.Trim();
        var nameEn = string.IsNullOrWhiteSpace(day.NameEn) ? null : day.NameEn.Trim();
        if (kind is CalendarDayKind.Holiday or CalendarDayKind.MakeupWorkday && nameZh is null && nameEn is null)
        {
            problems.Add(new ValidationProblem("calendar.missing-name", $"The {KindText(kind.Value)} {day.Path} ({dateText}) has no name; give NameZh (and NameEn), such as 春节 / Spring Festival.", day.Path + ".NameZh", ids));
        }

        if (kind is CalendarDayKind.Workday or CalendarDayKind.Weekend && (nameZh is not null || nameEn is not null))
        {
            problems.Add(new ValidationProblem("calendar.unexpected-name", $"The {KindText(kind.Value)} {day.Path} ({dateText}) has a name, which a plain {KindText(kind.Value)} does not keep; remove it, or use holiday or makeup-workday.", day.Path + ".NameZh", ids));
        }

        if (date is { } value && kind is { } k)
        {
            if (k is CalendarDayKind.MakeupWorkday or CalendarDayKind.Weekend && !IsWeekend(value))
            {
                var hint = k == CalendarDayKind.MakeupWorkday ? "a make-up workday must be a Saturday or Sunday (a weekday is a working day already)" : "a weekend day must be a Saturday or Sunday; use holiday with a name for a weekday off";
                problems.Add(new ValidationProblem($"calendar.{(k == CalendarDayKind.MakeupWorkday ? "makeup-workday" : "weekend")}-on-weekday", $"{day.Path} ({dateText}) is a {DayName(value)}: {hint}.", day.Path + ".Date", ids));
            }

            if (day.OwnerYear is { } year)
            {
                if (k is not (CalendarDayKind.Holiday or CalendarDayKind.MakeupWorkday))
                {
                    problems.Add(new ValidationProblem("calendar.kind-not-in-year", $"{day.Path} ({dateText}) is a {KindText(k)}; a year's notice holds only holiday and makeup-workday days. Put company days under Days instead.", day.Path + ".Kind", ids));
                }

                if (year >= 1 && year <= 9998 && (value > new LocalDate(year, 12, 31) || value < new LocalDate(year - 1, 12, 1)))
                {
                    problems.Add(new ValidationProblem("calendar.date-outside-year", $"{day.Path} ({dateText}) is not in the notice of {CalendarOverrides.YearText(year)}, which runs from {CalendarOverrides.YearText(year - 1)}-12-01 to {CalendarOverrides.YearText(year)}-12-31; move it to the right year.", day.Path + ".Date", ids));
                }
            }
        }

        if (problems.Count > count || date is null || kind is null)
        {
            return null;
        }

        var name = kind is CalendarDayKind.Holiday or CalendarDayKind.MakeupWorkday ? new HolidayName(nameZh ?? nameEn!, nameEn ?? nameZh!) : null;
        return new CalendarDay(date.Value, kind.Value, name);
    }

    private static string KindText(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "holiday",
        CalendarDayKind.MakeupWorkday => "makeup-workday",
        CalendarDayKind.Workday => "workday",
        _ => "weekend",
    };

    private sealed record PendingYear(string Path, int Year);

    private sealed record PendingDay(
        string Path,
        string? OwnerPath,
        int? OwnerYear,
        string? DateText,
        LocalDate? Date,
        string? KindText,
        CalendarDayKind? Kind,
        string? NameZh,
        string? NameEn,
        bool FromText = false);
}
