using BenchmarkDotNet.Attributes;
using NodaTime;
using TalkEngine.Planning;
using TalkEngine.Scheduling;

namespace TalkEngine.Benchmarks;

/// <summary>
/// Scheduling with rooms: the year plan of a generated organisation (<see cref="GroupOrganisation"/> with 29 companies,
/// 1,499 units) given days, hours and two rooms. The rooms are too few for the day placement's first answer, so the
/// repair (forbid a day a talk found no hour on, place again) runs all its 64 rounds: this measures that repair, against
/// the repair as first written (<see cref="TalkScheduler.ScheduleReference"/>) as the baseline.
/// <c>dotnet run -c Release --project benchmarks/TalkEngine.Benchmarks -- --filter '*RoomScheduling*' --job short --buildTimeout 1200</c>.
/// </summary>
[MemoryDiagnoser]
public class RoomSchedulingBenchmark
{
    private static readonly string[] Rooms = ["R1", "R2"];
    private YearPlan _plan = null!;
    private DaySchedulingRequest _request = null!;
    private TalkScheduler _scheduler = null!;

    /// <summary>The companies of the generated organisation (29: 1,499 units).</summary>
    [Params(29)]
    public int Companies { get; set; } = 29;

    [GlobalSetup]
    public void Setup()
    {
        _plan = Plan(Companies);
        _scheduler = new TalkScheduler();
        _request = TalkScheduler.PlanRequest(_plan, null, null, null);
        var check = _scheduler.SchedulePlan(_plan, rooms: Rooms);
        Console.WriteLine($"// {Companies} companies: {_plan.Talks.Count} talks, placed {check.Placed}, upper bound {check.UpperBound}, proven {check.ProvenMaximum}");
    }

    /// <summary>The plan's talks on days, hours and two rooms.</summary>
    [Benchmark]
    public TalkSchedule ScheduleWithRooms() => _scheduler.SchedulePlan(_plan, rooms: Rooms);

    /// <summary>The same with the repair as first written (every round prepares, solves, reports and times everything again): the before.</summary>
    [Benchmark(Baseline = true)]
    public TalkSchedule ScheduleWithRoomsReference() => _scheduler.ScheduleReference(_request, Rooms);

    /// <summary>The plan of the generated organisation with the given companies (after the plan year, so independent of today).</summary>
    internal static YearPlan Plan(int companies)
    {
        var clock = new FixedClock(Instant.FromUtc(2030, 1, 1, 0, 0));
        var request = GroupOrganisation.Build(20 + (companies * 51 * 3), companies);
        return new TalkPlanner(new TalkEngineOptions(), clock).Plan(new YearInput(request));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
