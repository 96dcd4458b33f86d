using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;

namespace TalkEngine.Calendar;

/// <summary>
/// The mainland-China working calendar: which dates are working days, which are holidays (with their names), the
/// holiday breaks of a year with their make-up workdays (调休上班), and working-day arithmetic.
/// Immutable and thread-safe; <see cref="WithOverrides(CalendarOverrides)"/> and <see cref="WithUncoveredYears"/>
/// return new calendars and never change this one.
/// </summary>
/// <remarks>
/// <para>
/// A date is a working day when it is a make-up workday, or Monday to Friday and not a holiday. The data are the
/// State Council notices from 2004 to 2026 (<see cref="MainlandChina"/>); a host adds a later year, or its own days
/// off and on, with <see cref="WithOverrides(CalendarOverrides)"/> (in code, from JSON or from configuration).
/// </para>
/// <para>
/// A date in a year without data throws <see cref="CalendarYearNotCoveredException"/>, unless the calendar was made
/// with <see cref="UncoveredYearBehavior.AssumeWeekendsOnly"/>. Dates in other calendar systems are converted to ISO.
/// Searches never loop: answers come from precomputed prefix counts, and a search that would cross more than
/// <see cref="MaxConsecutiveDaysOff"/> days off in a row throws <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>
    /// The most consecutive days off a search may cross (366). A longer run can only come from wrong overrides, so the
    /// next/previous working day and working-day arithmetic stop there with an error instead of searching on.
    /// </summary>
    public const int MaxConsecutiveDaysOff = 366;

    private const uint CoveredFlag = 1u << 31;

    private static readonly Lazy<WorkingCalendar> s_mainlandChina = new(EmbeddedHolidayData.CreateMainlandChina);

    private readonly Dictionary<LocalDate, DayEntry> _entries;
    private readonly int[] _coveredYears;

    // The dense range: whole years from _firstYear, covering every covered year and every explicit entry.
    private readonly int _firstYear;
    private readonly int _yearCount;
    private readonly uint[] _monthBits; // [year * 12 + month - 1]: bit day-1 set = working day; CoveredFlag = year has data.
    private readonly long _startDay;    // day number of _firstYear-01-01
    private readonly long _endDay;      // day number of the last day of the range
    private readonly int[] _prefix;     // _prefix[i] = working days among the first i days of the range
    private readonly (long Start, long End)[] _longRuns; // runs of days off longer than MaxConsecutiveDaysOff
    private readonly Dictionary<int, HolidayPeriod[]> _periodsByYear;

    private WorkingCalendar(Dictionary<LocalDate, DayEntry> entries, IEnumerable<int> coveredYears, UncoveredYearBehavior uncoveredYears)
    {
        _entries = entries;
        _coveredYears = coveredYears.Distinct().OrderBy(y => y).ToArray();
        UncoveredYears = uncoveredYears;
        CoveredYears = Array.AsReadOnly(_coveredYears);

        var years = _coveredYears.Concat(entries.Keys.Select(d => d.Year)).ToArray();
        if (years.Length == 0)
        {
            _firstYear = 2000;
            _yearCount = 0;
        }
        else
        {
            _firstYear = years.Min();
            _yearCount = years.Max() - _firstYear + 1;
        }

        _startDay = DayNumbers.From(new LocalDate(_firstYear, 1, 1));
        _endDay = _yearCount == 0 ? _startDay - 1 : DayNumbers.From(new LocalDate(_firstYear + _yearCount - 1, 12, 31));
        var length = (int)(_endDay - _startDay + 1);

        var working = new bool[length];
        for (var i = 0; i < length; i++)
        {
            working[i] = !DayNumbers.IsWeekend(_startDay + i);
        }

        foreach (var (date, entry) in entries)
        {
            working[DayNumbers.From(date) - _startDay] = IsWorkingKind(entry.Kind);
        }

        _prefix = new int[length + 1];
        for (var i = 0; i < length; i++)
        {
            _prefix[i + 1] = _prefix[i] + (working[i] ? 1 : 0);
        }

        _monthBits = new uint[_yearCount * 12];
        for (var i = 0; i < length; i++)
        {
            if (working[i])
            {
                var date = DayNumbers.ToDate(_startDay + i);
                _monthBits[((date.Year - _firstYear) * 12) + date.Month - 1] |= 1u << (date.Day - 1);
            }
        }

        foreach (var year in _coveredYears)
        {
            for (var month = 0; month < 12; month++)
            {
                _monthBits[((year - _firstYear) * 12) + month] |= CoveredFlag;
            }
        }

        _longRuns = FindLongRuns(working, _startDay);
        _periodsByYear = BuildPeriods();
    }

    /// <summary>
    /// The mainland-China calendar from the State Council notices of 2004 to 2026 (embedded in the package), which
    /// throws <see cref="CalendarYearNotCoveredException"/> for other years. Built once, shared, thread-safe.
    /// </summary>
    public static WorkingCalendar MainlandChina => s_mainlandChina.Value;

    /// <summary>The years this calendar has complete holiday data for, ascending.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>What the calendar does with a date in a year outside <see cref="CoveredYears"/>.</summary>
    public UncoveredYearBehavior UncoveredYears { get; }

    /// <summary>Whether the calendar has holiday data for <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the year is in <see cref="CoveredYears"/>.</returns>
    public bool Covers(int year) => Array.BinarySearch(_coveredYears, year) >= 0;

    /// <summary>Whether talks can be held on <paramref name="date"/>: a make-up workday, or Monday to Friday and not a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The year has no data and the calendar does not assume weekends only.</exception>
    /// <remarks>Allocation-free: one array read for a covered year.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWorkingDay(LocalDate date)
    {
        var yearIndex = (uint)(date.Year - _firstYear);
        if (yearIndex < (uint)_yearCount && date.Calendar == CalendarSystem.Iso)
        {
            var bits = _monthBits[(int)(yearIndex * 12) + date.Month - 1];
            if ((bits & CoveredFlag) != 0)
            {
                return (bits & (1u << (date.Day - 1))) != 0;
            }
        }

        return IsWorkingDaySlow(date);
    }

    /// <summary>What <paramref name="date"/> is: workday, weekend, holiday or make-up workday, with the holiday's name.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The year has no data and the calendar does not assume weekends only.</exception>
    public CalendarDay GetDay(LocalDate date)
    {
        date = ToIso(date);
        EnsureCovered(date.Year, date.Year);
        if (_entries.TryGetValue(date, out var entry))
        {
            return new CalendarDay(date, entry.Kind, entry.Name);
        }

        return new CalendarDay(date, DayNumbers.IsWeekend(DayNumbers.From(date)) ? CalendarDayKind.Weekend : CalendarDayKind.Workday, null);
    }

    /// <summary>
    /// The holiday breaks that belong to <paramref name="year"/>, in date order: each with its name, first and last day
    /// off (holiday days merged with the adjacent Saturdays and Sundays) and its make-up workdays. A New Year break that
    /// starts in December belongs to the year of 1 January (2018-12-30..2019-01-01 is one of 2019's).
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>The periods; empty for a year without data when the calendar assumes weekends only.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The year has no data and the calendar does not assume weekends only.</exception>
    public IReadOnlyList<HolidayPeriod> GetHolidayPeriods(int year)
    {
        EnsureCovered(year, year);
        return _periodsByYear.TryGetValue(year, out var periods) ? periods : Array.Empty<HolidayPeriod>();
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">The date; it need not be a working day.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The search reaches a year without data and the calendar does not assume weekends only.</exception>
    /// <exception cref="InvalidOperationException">More than <see cref="MaxConsecutiveDaysOff"/> days off follow the date.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">The date; it need not be a working day.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The search reaches a year without data and the calendar does not assume weekends only.</exception>
    /// <exception cref="InvalidOperationException">More than <see cref="MaxConsecutiveDaysOff"/> days off precede the date.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// Moves <paramref name="workingDays"/> working days from <paramref name="date"/>, counting only days strictly after
    /// it (or strictly before it when negative), as business-day arithmetic does: for n &gt; 0 the result is the n-th
    /// working day after <paramref name="date"/>, for n &lt; 0 the |n|-th working day before it, and for n = 0
    /// <paramref name="date"/> itself, unchanged even when it is not a working day. So from a Saturday, +1 is the
    /// next working day and -1 the previous one; from a working day, +1 and -1 are its neighbours.
    /// </summary>
    /// <param name="date">The starting date; it need not be a working day.</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <returns>The working day reached (or <paramref name="date"/> for 0).</returns>
    /// <exception cref="CalendarYearNotCoveredException">The days crossed include a year without data and the calendar does not assume weekends only.</exception>
    /// <exception cref="InvalidOperationException">The days crossed include more than <see cref="MaxConsecutiveDaysOff"/> days off in a row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside the dates NodaTime supports.</exception>
    /// <remarks>Constant time for any n: a binary search over precomputed working-day counts.</remarks>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        date = ToIso(date);
        if (workingDays == 0)
        {
            EnsureCovered(date.Year, date.Year);
            return date;
        }

        var day = DayNumbers.From(date);
        var target = workingDays > 0 ? CountBefore(day + 1) + workingDays : CountBefore(day) + workingDays + 1;
        var result = FirstReachingCount(target) - 1;
        var (from, to) = workingDays > 0 ? (day + 1, result) : (result, day - 1);
        EnsureCovered(DayNumbers.YearOf(from), DayNumbers.YearOf(to), backwards: workingDays < 0);
        EnsureNoLongRun(from, to, date);
        if (result < DayNumbers.Min || result > DayNumbers.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "The result would be outside the dates NodaTime supports.");
        }

        return DayNumbers.ToDate(result);
    }

    /// <summary>The number of working days in <paramref name="interval"/>, both ends included.</summary>
    /// <param name="interval">The dates to count.</param>
    /// <returns>The count, from 0 to the interval's length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="CalendarYearNotCoveredException">The interval includes a year without data and the calendar does not assume weekends only.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        Guard.NotNull(interval);
        var start = ToIso(interval.Start);
        var end = ToIso(interval.End);
        EnsureCovered(start.Year, end.Year);
        return (int)(CountBefore(DayNumbers.From(end) + 1) - CountBefore(DayNumbers.From(start)));
    }

    /// <summary>
    /// A new calendar: this one with <paramref name="overrides"/> applied on top. An override day replaces what this
    /// calendar says about its date; an added year becomes covered. This calendar is unchanged.
    /// </summary>
    /// <param name="overrides">The validated overrides.</param>
    /// <returns>The combined calendar.</returns>
    /// <exception cref="TalkEngineValidationException">The overrides add a year this calendar already covers.</exception>
    public WorkingCalendar WithOverrides(CalendarOverrides overrides)
    {
        Guard.NotNull(overrides);
        var problems = overrides.AddedYears
            .Where(Covers)
            .Select(year => new ValidationProblem(
                "calendar.year-already-covered",
                string.Format(CultureInfo.InvariantCulture, "Year {0} is already covered by the calendar; change single days with day overrides (AddHoliday, AddMakeupWorkday, AddWorkday, AddWeekend) instead of adding the year.", year),
                overrides.PathOfYear(year),
                [year.ToString(CultureInfo.InvariantCulture)]))
            .ToArray();
        TalkEngineValidationException.ThrowIfAny(CalendarOverrides.ErrorCode, problems);

        var entries = new Dictionary<LocalDate, DayEntry>(_entries);
        foreach (var day in overrides.Days)
        {
            entries[day.Date] = new DayEntry(day.Kind, day.Holiday);
        }

        return new WorkingCalendar(entries, _coveredYears.Concat(overrides.AddedYears), UncoveredYears);
    }

    /// <summary>A new calendar: this one with the overrides that <paramref name="configure"/> adds (validated all at once).</summary>
    /// <param name="configure">Adds years and days to a <see cref="CalendarOverridesBuilder"/>.</param>
    /// <returns>The combined calendar.</returns>
    /// <exception cref="TalkEngineValidationException">The overrides are invalid; every problem is listed.</exception>
    public WorkingCalendar WithOverrides(Action<CalendarOverridesBuilder> configure)
    {
        Guard.NotNull(configure);
        var builder = CalendarOverrides.CreateBuilder();
        configure(builder);
        return WithOverrides(builder.Build());
    }

    /// <summary>
    /// A new calendar: this one with the settings of <paramref name="options"/> (as bound from the configuration section
    /// <c>TalkEngine:Calendar</c>): its years and days as overrides, and its <see cref="CalendarOptions.UncoveredYears"/>.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The combined calendar.</returns>
    /// <exception cref="TalkEngineValidationException">The override data are invalid; every problem is listed.</exception>
    public WorkingCalendar WithOptions(CalendarOptions options)
    {
        Guard.NotNull(options);
        var builder = CalendarOverrides.CreateBuilder().AddOptions(options);
        foreach (var configure in options.CodeOverrides)
        {
            configure(builder);
        }

        return WithOverrides(builder.Build()).WithUncoveredYears(options.UncoveredYears);
    }

    /// <summary>A new calendar that handles years without data as <paramref name="behavior"/> says.</summary>
    /// <param name="behavior">Throw (the default) or assume Monday-to-Friday weeks.</param>
    /// <returns>The calendar with that behaviour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="behavior"/> is not a defined value.</exception>
    public WorkingCalendar WithUncoveredYears(UncoveredYearBehavior behavior)
    {
        if (!Enum.IsDefined(behavior))
        {
            throw new ArgumentOutOfRangeException(nameof(behavior), behavior, "Use Throw or AssumeWeekendsOnly.");
        }

        return behavior == UncoveredYears ? this : new WorkingCalendar(_entries, _coveredYears, behavior);
    }

    internal static WorkingCalendar Create(Dictionary<LocalDate, DayEntry> entries, IEnumerable<int> coveredYears)
        => new(entries, coveredYears, UncoveredYearBehavior.Throw);

    private static bool IsWorkingKind(CalendarDayKind kind) => kind is CalendarDayKind.Workday or CalendarDayKind.MakeupWorkday;

    private static LocalDate ToIso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    private static (long Start, long End)[] FindLongRuns(bool[] working, long startDay)
    {
        var runs = new List<(long, long)>();
        var runStart = -1;
        for (var i = 0; i <= working.Length; i++)
        {
            if (i < working.Length && !working[i])
            {
                runStart = runStart < 0 ? i : runStart;
            }
            else if (runStart >= 0)
            {
                if (i - runStart > MaxConsecutiveDaysOff)
                {
                    runs.Add((startDay + runStart, startDay + i - 1));
                }

                runStart = -1;
            }
        }

        return runs.ToArray();
    }

    private bool IsWorkingDaySlow(LocalDate date)
    {
        date = ToIso(date);
        EnsureCovered(date.Year, date.Year);
        var day = DayNumbers.From(date);
        return CountBefore(day + 1) - CountBefore(day) == 1;
    }

    /// <summary>
    /// Working days among [_startDay, <paramref name="day"/>), negative before the range; outside the range every
    /// Monday to Friday counts (the weekends-only rule), which is only used when that rule applies.
    /// </summary>
    private long CountBefore(long day)
    {
        if (day <= _startDay)
        {
            return DayNumbers.WeekdaysBefore(day) - DayNumbers.WeekdaysBefore(_startDay);
        }

        if (day <= _endDay + 1)
        {
            return _prefix[day - _startDay];
        }

        return _prefix[^1] + DayNumbers.WeekdaysBefore(day) - DayNumbers.WeekdaysBefore(_endDay + 1);
    }

    /// <summary>The smallest day number d with <see cref="CountBefore"/>(d) &gt;= <paramref name="count"/>.</summary>
    private long FirstReachingCount(long count)
    {
        if (count <= 0)
        {
            return DayNumbers.FirstWithWeekdaysBefore(count + DayNumbers.WeekdaysBefore(_startDay));
        }

        var total = _prefix[^1];
        if (count > total)
        {
            return DayNumbers.FirstWithWeekdaysBefore(count - total + DayNumbers.WeekdaysBefore(_endDay + 1));
        }

        // Lower bound: the first index whose prefix count reaches the target.
        int lo = 1, hi = _prefix.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_prefix[mid] >= count)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return _startDay + lo;
    }

    private void EnsureCovered(int fromYear, int toYear, bool backwards = false)
    {
        if (UncoveredYears == UncoveredYearBehavior.AssumeWeekendsOnly)
        {
            return;
        }

        // Name the first year without data in the direction of travel.
        var step = backwards ? -1 : 1;
        for (var year = backwards ? toYear : fromYear; backwards ? year >= fromYear : year <= toYear; year += step)
        {
            if (!Covers(year))
            {
                throw new CalendarYearNotCoveredException(year);
            }
        }
    }

    private void EnsureNoLongRun(long from, long to, LocalDate origin)
    {
        foreach (var (start, end) in _longRuns)
        {
            var first = Math.Max(start, from);
            var last = Math.Min(end, to);
            if (last - first + 1 > MaxConsecutiveDaysOff)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "Searching for working days from {0} crosses {1} days off in a row ({2} to {3}), more than the limit of {4}; check the calendar overrides for days off given by mistake.",
                    LocalDatePattern(origin),
                    end - start + 1,
                    LocalDatePattern(DayNumbers.ToDate(start)),
                    LocalDatePattern(DayNumbers.ToDate(end)),
                    MaxConsecutiveDaysOff));
            }
        }
    }

    private static string LocalDatePattern(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private Dictionary<int, HolidayPeriod[]> BuildPeriods()
    {
        var periods = new List<HolidayPeriod>();
        var holidayDays = _entries.Where(e => e.Value.Kind == CalendarDayKind.Holiday).Select(e => DayNumbers.From(e.Key)).OrderBy(d => d).ToArray();
        var makeups = _entries.Where(e => e.Value.Kind == CalendarDayKind.MakeupWorkday).OrderBy(e => e.Key).ToArray();
        var claimedUntil = long.MinValue;
        foreach (var holiday in holidayDays)
        {
            if (holiday <= claimedUntil)
            {
                continue;
            }

            var first = holiday;
            while (IsOff(first - 1))
            {
                first--;
            }

            var last = holiday;
            while (IsOff(last + 1))
            {
                last++;
            }

            claimedUntil = last;
            var dates = new List<LocalDate>();
            var names = new List<HolidayName>();
            for (var day = first; day <= last; day++)
            {
                var date = DayNumbers.ToDate(day);
                if (_entries.TryGetValue(date, out var entry) && entry.Kind == CalendarDayKind.Holiday)
                {
                    dates.Add(date);
                    if (!names.Any(n => string.Equals(n.Chinese, entry.Name!.Chinese, StringComparison.Ordinal)))
                    {
                        names.Add(entry.Name!);
                    }
                }
            }

            var interval = new DateInterval(DayNumbers.ToDate(first), DayNumbers.ToDate(last));
            periods.Add(new HolidayPeriod(dates[^1].Year, names.AsReadOnly(), interval, dates.AsReadOnly(), Array.Empty<LocalDate>()));
        }

        // A make-up workday pays for the nearest break (within a month) that has its holiday's name.
        var makeupsByPeriod = new Dictionary<HolidayPeriod, List<LocalDate>>();
        foreach (var (date, entry) in makeups)
        {
            var best = periods
                .Where(p => p.Holidays.Any(n => string.Equals(n.Chinese, entry.Name!.Chinese, StringComparison.Ordinal)))
                .Select(p => (Period: p, Distance: Math.Max(Period.DaysBetween(date, p.FirstDay), Period.DaysBetween(p.LastDay, date))))
                .Where(x => x.Distance <= 31)
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Period.FirstDay)
                .Select(x => x.Period)
                .FirstOrDefault();
            if (best is not null)
            {
                if (!makeupsByPeriod.TryGetValue(best, out var list))
                {
                    makeupsByPeriod[best] = list = new List<LocalDate>();
                }

                list.Add(date);
            }
        }

        return periods
            .Select(p => makeupsByPeriod.TryGetValue(p, out var list)
                ? new HolidayPeriod(p.Year, p.Holidays, p.DaysOff, p.HolidayDates, list.AsReadOnly())
                : p)
            .GroupBy(p => p.Year)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.FirstDay).ToArray());
    }

    /// <summary>Whether a day is off, by this calendar's data, or by the weekday rule outside them (periods never fail on coverage).</summary>
    private bool IsOff(long day) => CountBefore(day + 1) - CountBefore(day) == 0;
}

/// <summary>What a calendar knows about one explicit date.</summary>
internal readonly record struct DayEntry(CalendarDayKind Kind, HolidayName? Name);
