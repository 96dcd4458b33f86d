using System.Text.Json;
using CsCheck;
using TalkEngine.Demands;
using TalkEngine.Samples.ConsoleApp.Example;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>
/// The rooms' repair (forbid a day a talk found no hour on, place again) as it runs now — the day problem narrowed
/// instead of prepared again, only the kept rounds reported, only the changed days timed again — gives byte for byte
/// the schedule of the repair as first written (<see cref="TalkScheduler.ScheduleReference"/>).
/// </summary>
public sealed class TalkSchedulerRepairTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(1, null, 1)]
    [InlineData(2, null, 1)]
    [InlineData(1, "09:00-10:30", 2)]
    [InlineData(2, "09:00-10:00", 2)]
    public void Repair_Example2017_SameScheduleAsTheReference(int rooms, string? hours, int minimumRounds)
    {
        var dataset = ExampleDatasetLoader.Load(DatasetPath());
        var plan = ExampleRun.Execute(dataset, OutputLanguage.SimplifiedChinese).Plan;
        var request = TalkScheduler.PlanRequest(plan, null, null, null);
        var scheduler = hours is null ? new TalkScheduler() : new TalkScheduler(new SchedulingOptions { WorkingHours = [hours] });

        var rounds = AssertSameAsReference(scheduler, request, ExampleRun.Rooms.Take(rooms).ToArray());

        rounds.Should().BeGreaterThanOrEqualTo(minimumRounds, "short hours send talks back to the day placement");
    }

    [Fact]
    public void Repair_TinyRoomInstances_SameScheduleAsTheReference()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var (request, rooms, forbidden) = Tiny(seed);
            var scheduler = new TalkScheduler(new SchedulingOptions { WorkingHours = ["09:00-10:00", "14:00-15:00"] });

            AssertSameAsReference(scheduler, request, rooms, forbidden);
        }, iter: 300);
    }

    [Fact]
    public void Repair_GeneratedOrganisation_ManyRoundsSameScheduleAsTheReference()
    {
        var request = Generated(20171003);

        var rounds = AssertSameAsReference(new TalkScheduler(), request, ["R1"]);

        rounds.Should().BeGreaterThanOrEqualTo(10, "the repair path runs many rounds");
    }

    /// <summary>Asserts the repair and the reference agree (their JSON and each list in order); returns the repair's rounds.</summary>
    private static int AssertSameAsReference(TalkScheduler scheduler, DaySchedulingRequest request, string[] rooms, HashSet<(string TalkId, int Day)>? forbidden = null)
    {
        var (schedule, rounds) = scheduler.Repair(request, rooms, forbidden is null ? null : [.. forbidden]);
        var reference = scheduler.ScheduleReference(request, rooms, forbidden is null ? null : [.. forbidden]);

        Json(schedule).Should().Be(Json(reference));
        schedule.Talks.Should().Equal(reference.Talks);
        schedule.Unplaced.Should().BeEquivalentTo(reference.Unplaced, o => o.WithStrictOrdering());
        schedule.Days.Should().BeEquivalentTo(reference.Days, o => o.WithStrictOrdering());
        (schedule.UpperBound, schedule.ProvenMaximum).Should().Be((reference.UpperBound, reference.ProvenMaximum));
        rounds.Should().BeInRange(1, 64);
        return rounds;
    }

    private static string Json(TalkSchedule schedule) => JsonSerializer.Serialize(schedule, TalkEngineJson.TypeInfo<TalkSchedule>());

    /// <summary>2–4 leaders sharing 2–5 subjects over 1–5 days, busy hours, video and in-person talks, 1–2 rooms, and sometimes pairs forbidden from the start (as a re-schedule does).</summary>
    private static (DaySchedulingRequest Request, string[] Rooms, HashSet<(string TalkId, int Day)>? Forbidden) Tiny(int seed)
    {
        var rng = new Random(seed);
        var days = rng.Next(1, 6);
        BusyPeriod[] Busy() => Enumerable.Range(0, rng.Next(3) == 0 ? 1 : 0).Select(_ =>
        {
            var day = Monday.PlusDays(rng.Next(days));
            var start = day.At(new LocalTime(9 + (rng.Next(2) * 5), rng.Next(4) * 15));
            return new BusyPeriod(start, start.PlusMinutes(15 + (rng.Next(4) * 15)));
        }).ToArray();
        var leaders = Enumerable.Range(1, rng.Next(2, 5)).Select(i => new SchedulingLeader($"L{i}", rng.Next(1, 4), rng.Next(2, 8), busyPeriods: Busy())).ToArray();
        var subjects = Enumerable.Range(1, rng.Next(2, 6)).Select(i => new SchedulingSubject($"P{i}", busyPeriods: Busy())).ToArray();
        var talks = Enumerable.Range(1, rng.Next(1, 10)).Select(k =>
        {
            var from = rng.Next(days);
            var to = rng.Next(from, days);
            return new SchedulingTalk(
                $"K{k:00}",
                leaders[rng.Next(leaders.Length)].Id,
                subjects[rng.Next(subjects.Length)].Id,
                new DateInterval(Monday.PlusDays(from), Monday.PlusDays(to)),
                "annual",
                (TalkStyle)rng.Next(5),
                rng.Next(4) == 0 ? TalkMode.Video : TalkMode.InPerson);
        }).ToArray();
        HashSet<(string TalkId, int Day)>? forbidden = null;
        if (rng.Next(3) == 0)
        {
            forbidden = [];
            foreach (var t in talks.Where(_ => rng.Next(3) == 0))
            {
                forbidden.Add((t.Id, DayNumbers.Of(t.Window.Start)));
            }
        }

        return (new DaySchedulingRequest(leaders, subjects, talks), Enumerable.Range(1, rng.Next(1, 3)).Select(r => $"R{r}").ToArray(), forbidden);
    }

    /// <summary>12 leaders and 400 subjects over a quarter, 1,200 talks (most in person), some busy mornings: one room is far too few.</summary>
    private static DaySchedulingRequest Generated(int seed)
    {
        var rng = new Random(seed);
        var start = new LocalDate(2017, 3, 1);
        var leaders = Enumerable.Range(1, 12).Select(i => new SchedulingLeader(
            $"L{i:00}",
            3,
            10,
            busyPeriods: Enumerable.Range(0, 5).Select(_ => start.PlusDays(rng.Next(90)).At(new LocalTime(9, 0))).Distinct().Select(s => new BusyPeriod(s, s.PlusHours(2))))).ToArray();
        var subjects = Enumerable.Range(1, 400).Select(i => new SchedulingSubject($"P{i:000}")).ToArray();
        var talks = Enumerable.Range(1, 1200).Select(k =>
        {
            var from = rng.Next(80);
            return new SchedulingTalk(
                $"K{k:0000}",
                leaders[rng.Next(leaders.Length)].Id,
                subjects[rng.Next(subjects.Length)].Id,
                new DateInterval(start.PlusDays(from), start.PlusDays(from + rng.Next(3, 15))),
                "annual",
                (TalkStyle)rng.Next(5),
                rng.Next(5) == 0 ? TalkMode.Video : TalkMode.InPerson);
        }).ToArray();
        return new DaySchedulingRequest(leaders, subjects, talks);
    }

    private static string DatasetPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("example-2017.json");
    }
}
