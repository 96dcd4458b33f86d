using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Samples.ConsoleApp.Scheduling;
using TalkEngine.Scheduling;

namespace TalkEngine.Benchmarks;

/// <summary>
/// A realistic re-plan of group-5k (5,000 talks, 400 leaders): the schedule is made once, then the leader with the
/// most talks is away for the week holding most of them, and 50 talks (every 96th placed, by id) are pinned a week after
/// their day. <see cref="Reschedule"/> is the fewest-moves re-schedule (exact search, greedy fallback),
/// <see cref="Schedule"/> the plain schedule of the changed request, the baseline (what a re-plan without regard to
/// the previous days costs):
/// <c>dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*RescheduleBenchmark*' --job short</c>.
/// One timed run with the answer's figures (moves, proven, nodes):
/// <c>dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- reschedule-once</c>.
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)]
public class RescheduleBenchmark
{
    private readonly TalkScheduler _scheduler = new();
    private TalkSchedule _previous = null!;
    private DaySchedulingRequest _changed = null!;
    private Dictionary<string, LocalDate> _pins = null!;

    [GlobalSetup]
    public void Setup()
    {
        var request = SchedulingInstanceReader.ReadFile(SchedulingBenchData.PathOf("group-5k")).Request;
        _previous = _scheduler.Schedule(request);
        (_changed, _pins) = Change(request, _previous);
    }

    [Benchmark(Baseline = true)]
    public TalkSchedule Schedule() => _scheduler.Schedule(_changed);

    [Benchmark]
    public RescheduleResult Reschedule() => _scheduler.Reschedule(_previous, _changed, _pins);

    /// <summary>The change: the busiest leader away its busiest week, 50 talks (every 96th placed) pinned 7 days after their day.</summary>
    internal static (DaySchedulingRequest Changed, Dictionary<string, LocalDate> Pins) Change(DaySchedulingRequest request, TalkSchedule previous)
    {
        var busiest = previous.Talks.GroupBy(t => t.LeaderId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var week = busiest.GroupBy(t => Monday(t.Start.Date)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var away = Enumerable.Range(0, 5).Select(week.PlusDays).ToArray();
        var changed = new DaySchedulingRequest(
            request.Leaders.Select(l => l.Id == busiest.Key ? new SchedulingLeader(l.Id, l.DailyCap, l.WeeklyCap, l.BusyDays.Concat(away).Distinct(), l.BusyPeriods) : l).ToArray(),
            request.Subjects,
            request.Talks,
            request.Calendar,
            request.ReportLeadWorkingDays);
        var pins = previous.Talks.Where((_, i) => i % 96 == 95).Take(50).ToDictionary(t => t.TalkId, t => t.Start.Date.PlusDays(7), StringComparer.Ordinal);
        return (changed, pins);

        static LocalDate Monday(LocalDate d) => d.PlusDays(1 - (int)d.DayOfWeek);
    }

    /// <summary>One timed re-plan, with its figures.</summary>
    public static void MeasureOnce()
    {
        var clock = Stopwatch.StartNew();
        var bench = new RescheduleBenchmark();
        bench.Setup();
        Console.WriteLine(Invariant($"setup (read, schedule, change): {clock.Elapsed.TotalMilliseconds:F0} ms; previous placed {bench._previous.Placed}, pins {bench._pins.Count}"));
        clock.Restart();
        var plain = bench.Schedule();
        Console.WriteLine(Invariant($"plain schedule of the changed request: {clock.Elapsed.TotalMilliseconds:F0} ms; placed {plain.Placed}, bound {plain.UpperBound}, proven {plain.ProvenMaximum}"));
        clock.Restart();
        var result = bench.Reschedule();
        Console.WriteLine(Invariant($"reschedule: {clock.Elapsed.TotalMilliseconds:F0} ms; placed {result.Schedule.Placed}, bound {result.Schedule.UpperBound}, moves {result.Moves.Count}, days moved {result.Moves.Where(m => m.From is not null && m.To is not null).Sum(m => Math.Abs(Period.Between(m.From!.Value, m.To!.Value, PeriodUnits.Days).Days))}, proven {result.MinimalMovesProven}, nodes {result.SearchNodes}"));
    }

    /// <summary>The search alone on the changed request with its pins, component by component.</summary>
    public static void MeasureComponents()
    {
        var bench = new RescheduleBenchmark();
        bench.Setup();
        var r = bench._changed;
        var pinned = new DaySchedulingRequest(
            r.Leaders,
            r.Subjects,
            r.Talks.Select(t => bench._pins.TryGetValue(t.Id, out var pin) ? new SchedulingTalk(t.Id, t.LeaderId, t.SubjectId, new DateInterval(pin, pin), t.Source, t.Style, t.Mode, t.ReportDue) : t).ToArray(),
            r.Calendar,
            r.ReportLeadWorkingDays);
        var prepared = DayScheduler.Prepare(pinned);
        var before = bench._previous.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date, StringComparer.Ordinal);
        var previousDays = prepared.Talks.Select(t => before.TryGetValue(t.Id, out var d) ? DayNumbers.Of(d) : -1).ToArray();
        var plainDays = DayScheduler.Schedule(pinned);
        Console.WriteLine(Invariant($"pinned day-level schedule: placed {plainDays.Placed}, bound {plainDays.UpperBound}, proven {plainDays.ProvenMaximum}"));
        var plain = plainDays.Talks.ToDictionary(t => t.TalkId, t => DayNumbers.Of(t.Date), StringComparer.Ordinal);
        var reference = prepared.Talks.Select(t => plain.TryGetValue(t.Id, out var d) ? d : -1).ToArray();
        var search = new MinimalMoveSearch(prepared, previousDays, 1_000_000);
        var clock = Stopwatch.StartNew();
        search.ComponentSearched = (talks, affected, nodes, complete) =>
        {
            Console.WriteLine(Invariant($"component: {talks} talks, {affected} affected, {nodes} nodes, complete {complete}, {clock.Elapsed.TotalMilliseconds:F0} ms"));
            clock.Restart();
        };
        var (days, done) = search.Run(0, reference, plainDays.ProvenMaximum);
        Console.WriteLine(Invariant($"search: answer {days is not null}, complete {done}, nodes {search.Nodes}"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
