using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Calendar;

namespace TalkEngine.Benchmarks;

/// <summary>
/// Is-a-working-day over a spread of 4096 dates across 2004–2026: <see cref="WorkingCalendar.IsWorkingDay"/> (a bit
/// per day, one array read) against the naive way a host would write it (HashSets of holiday and make-up dates plus
/// the day of the week). Per-date figures: OperationsPerInvoke = the number of dates.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmark
{
    private const int DateCount = 4096;

    private readonly WorkingCalendar _calendar = WorkingCalendar.MainlandChina;
    private LocalDate[] _dates = [];
    private HashSet<LocalDate> _holidays = [];
    private HashSet<LocalDate> _makeupWorkdays = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2017);
        var first = new LocalDate(2004, 1, 1);
        _dates = Enumerable.Range(0, DateCount).Select(_ => first.PlusDays(random.Next(0, 8401))).ToArray();
        var year = Enumerable.Range(2004, 23).SelectMany(y => _calendar.GetHolidayPeriods(y)).ToList();
        _holidays = year.SelectMany(p => p.HolidayDates).ToHashSet();
        _makeupWorkdays = year.SelectMany(p => p.MakeupWorkdays).ToHashSet();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DateCount)]
    public int NaiveHashSets()
    {
        var count = 0;
        foreach (var date in _dates)
        {
            var working = _makeupWorkdays.Contains(date)
                || (!_holidays.Contains(date) && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
            count += working ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = DateCount)]
    public int IsWorkingDay()
    {
        var count = 0;
        foreach (var date in _dates)
        {
            count += _calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }
}

/// <summary>
/// Adding N working days from a spread of 1024 start dates: <see cref="WorkingCalendar.AddWorkingDays"/> (prefix counts
/// and a binary search) against walking day by day with <see cref="WorkingCalendar.IsWorkingDay"/>.
/// </summary>
[MemoryDiagnoser]
public class CalendarAddWorkingDaysBenchmark
{
    private const int DateCount = 1024;

    private readonly WorkingCalendar _calendar = WorkingCalendar.MainlandChina;
    private LocalDate[] _dates = [];

    [Params(20, 250)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2017);
        var first = new LocalDate(2004, 3, 1);
        _dates = Enumerable.Range(0, DateCount).Select(_ => first.PlusDays(random.Next(0, 7600))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DateCount)]
    public LocalDate WalkDayByDay()
    {
        var last = default(LocalDate);
        foreach (var date in _dates)
        {
            var current = date;
            for (var left = N; left > 0;)
            {
                current = current.PlusDays(1);
                if (_calendar.IsWorkingDay(current))
                {
                    left--;
                }
            }

            last = current;
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = DateCount)]
    public LocalDate AddWorkingDays()
    {
        var last = default(LocalDate);
        foreach (var date in _dates)
        {
            last = _calendar.AddWorkingDays(date, N);
        }

        return last;
    }
}
