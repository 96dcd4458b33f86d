using System.Diagnostics;
using TalkEngine.Scheduling;
using Xunit.Abstractions;

namespace TalkEngine.Tests.Scheduling;

/// <summary>
/// How often the minimal-move search proves its answer, and the nodes it uses, on a fixed set of 1,000 random changes of
/// 12–24 talks over three weeks (<see cref="DaySchedulerPropertyTests.Tiny"/>): a leader away a day, a leader away a
/// week, or one or two talks pinned to a day (inside or outside their window). The measuring harness of the search
/// (the numbers in the output) and a guard against a weaker search. More cases:
/// <c>RESCHEDULE_STATS_CASES=2000 dotnet test tests/TalkEngine.Tests --filter FullyQualifiedName~RescheduleSearchStats --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class RescheduleSearchStatsTests(ITestOutputHelper output)
{
    [Fact]
    public void Reschedule_FixedRandomChanges_ProvesEveryOne()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("RESCHEDULE_STATS_CASES"), out var n) ? n : 1000;
        var scheduler = new TalkScheduler();
        var nodes = new List<long>(cases);
        var proven = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (previous, changed, pins) = Change(scheduler, i);
            var result = scheduler.Reschedule(previous, changed, pins);
            result.Schedule.Placed.Should().BeGreaterThanOrEqualTo(DayScheduler.Schedule(changed).Placed, $"case {i}: at least the maximum without pins (a pin outside a window can place more)");
            nodes.Add(result.SearchNodes);
            if (result.MinimalMovesProven)
            {
                proven++;
            }
            else
            {
                output.WriteLine($"case {i}: not proven, {result.SearchNodes:N0} nodes");
            }
        }

        nodes.Sort();
        output.WriteLine(
            $"{cases} changes: proven {proven} ({100.0 * proven / cases:0.0}%), nodes total {nodes.Sum():N0}, median {nodes[cases / 2]:N0}, " +
            $"p99 {nodes[Math.Min(cases - 1, cases * 99 / 100)]:N0}, max {nodes[^1]:N0}; {clock.Elapsed.TotalSeconds:0.0} s");
        proven.Should().Be(cases, "the search proves every one of these changes (5,000 of 5,000 when measured)");
    }

    /// <summary>Case <paramref name="i"/>: a tiny instance, its schedule and a change of it (deterministic in <paramref name="i"/>).</summary>
    internal static (TalkSchedule Previous, DaySchedulingRequest Changed, Dictionary<string, LocalDate>? Pins) Change(TalkScheduler scheduler, int i)
    {
        var request = DaySchedulerPropertyTests.Tiny(unchecked((i * 7919) + 20261202) & int.MaxValue);
        var previous = scheduler.Schedule(request);
        var rng = new Random(i);
        var days = previous.Talks.Select(t => t.Start.Date).ToArray();
        var day = days.Length == 0 ? request.Talks[0].Window.Start : days[rng.Next(days.Length)];
        var away = request.Leaders[rng.Next(request.Leaders.Count)];
        switch (i % 3)
        {
            case 0:
                return (previous, Away(request, away, [day]), null);
            case 1:
                var monday = day.PlusDays(1 - (int)day.DayOfWeek);
                return (previous, Away(request, away, Enumerable.Range(0, 5).Select(monday.PlusDays)), null);
            default:
                var pins = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
                for (var k = 1 + rng.Next(2); k > 0; k--)
                {
                    var talk = request.Talks[rng.Next(request.Talks.Count)];
                    pins[talk.Id] = talk.Window.Start.PlusDays(rng.Next(-2, 10));
                }

                return (previous, request, pins);
        }
    }

    private static DaySchedulingRequest Away(DaySchedulingRequest r, SchedulingLeader away, IEnumerable<LocalDate> days) => new(
        r.Leaders.Select(l => l == away ? new SchedulingLeader(l.Id, l.DailyCap, l.WeeklyCap, l.BusyDays.Concat(days).Distinct()) : l).ToArray(),
        r.Subjects,
        r.Talks);
}
