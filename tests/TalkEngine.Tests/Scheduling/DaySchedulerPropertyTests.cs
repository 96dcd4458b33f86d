using CsCheck;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>
/// The scheduler against an independent exhaustive search on small crowded instances shaped like the bench generator's
/// <c>tiny</c> kind (2–4 leaders, 5–10 subjects, 12–24 talks over three weeks): the same maximum, proven, every rule
/// kept, the same answer for any order of the input.
/// </summary>
public sealed class DaySchedulerPropertyTests
{
    private static readonly LocalDate Base = new(2026, 11, 2); // a Monday; no holiday in the three weeks

    /// <summary>A tiny instance from a seed (as generate.py's <c>tiny</c>, with .NET's random numbers).</summary>
    internal static DaySchedulingRequest Tiny(int seed)
    {
        var rng = new Random(seed);
        var work = Enumerable.Range(0, 21).Select(i => Base.PlusDays(i)).Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday).ToArray();
        var leaders = Enumerable.Range(1, rng.Next(2, 5)).Select(i => new SchedulingLeader(
            $"T{i:0000}", new[] { 1, 1, 2 }[rng.Next(3)], new[] { 2, 3, 4 }[rng.Next(3)], work.Where(_ => rng.NextDouble() < 0.25).ToArray())).ToArray();
        var subjects = Enumerable.Range(1, rng.Next(5, 11)).Select(i => new SchedulingSubject(
            $"P{i:000000}", work.Where(_ => rng.NextDouble() < 0.35).ToArray())).ToArray();
        var talks = Enumerable.Range(1, rng.Next(12, 25)).Select(k =>
        {
            var a = rng.Next(work.Length);
            var b = Math.Min(work.Length - 1, a + rng.Next(0, 9));
            return new SchedulingTalk($"K{k:000000}", leaders[rng.Next(leaders.Length)].Id, subjects[rng.Next(subjects.Length)].Id, new DateInterval(work[a], work[b]), "annual");
        }).ToArray();
        return new DaySchedulingRequest(leaders, subjects, talks);
    }

    [Fact]
    public void Schedule_TinyInstances_EqualsExhaustiveMaximumProvenAndValid()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var request = Tiny(seed);
            var schedule = DayScheduler.Schedule(request);

            SchedulingChecks.AssertValid(request, schedule);
            schedule.Placed.Should().Be(ExhaustiveMaximum(request), $"seed {seed}: the maximum");
            schedule.ProvenMaximum.Should().BeTrue($"seed {seed}: proven");
            schedule.UpperBound.Should().Be(schedule.Placed);
        }, iter: 400);
    }

    [Fact]
    public void Schedule_ShuffledInput_GivesTheSameSchedule()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int).Sample((seed, shuffle) =>
        {
            var request = Tiny(seed);
            var rng = new Random(shuffle);
            var shuffled = new DaySchedulingRequest(
                request.Leaders.OrderBy(_ => rng.Next()).ToArray(),
                request.Subjects.OrderBy(_ => rng.Next()).ToArray(),
                request.Talks.OrderBy(_ => rng.Next()).ToArray());

            var first = DayScheduler.Schedule(request);
            var again = DayScheduler.Schedule(request);
            var other = DayScheduler.Schedule(shuffled);

            Describe(again).Should().Be(Describe(first), "the scheduler is deterministic");
            Describe(other).Should().Be(Describe(first), "the input's order does not matter");
        }, iter: 200);
    }

    [Theory]
    [InlineData("tiny-5", 20)]
    [InlineData("tiny-21", 16)]
    public void ExhaustiveMaximum_StoredTinyInstances_MatchesBaseline(string name, int maximum)
        => ExhaustiveMaximum(SchedulingBenchTests.Load(name).Request).Should().Be(maximum);

    private static string Describe(DaySchedule s) =>
        string.Join(";", s.Talks.Select(t => $"{t.TalkId}@{t.Date}"))
        + "|" + string.Join(";", s.Unplaced.Select(u => $"{u.TalkId}:{u.ReasonCode}:{string.Join(",", u.Days)}"))
        + $"|{s.UpperBound}|{s.ProvenMaximum}";

    /// <summary>
    /// The maximum by dynamic programming over the days in order, independent of the solver: the state is the set of
    /// still-open talks already placed and the leaders' loads in the current week; each day takes every subset of its
    /// candidates that keeps the caps and gives each subject at most one talk.
    /// </summary>
    internal static int ExhaustiveMaximum(DaySchedulingRequest request)
    {
        var leaders = request.Leaders.Select((l, i) => (l, i)).ToDictionary(x => x.l.Id, x => x.i);
        var subjects = request.Subjects.Select((s, i) => (s, i)).ToDictionary(x => x.s.Id, x => x.i);
        var talks = request.Talks;
        var n = talks.Count;
        n.Should().BeLessThanOrEqualTo(30);
        var allowed = talks.Select(t =>
        {
            var leader = request.Leaders[leaders[t.LeaderId]];
            var subject = request.Subjects[subjects[t.SubjectId]];
            return t.Window.Where(d => request.Calendar.IsWorkingDay(d) && !leader.BusyDays.Contains(d) && !subject.BusyDays.Contains(d)).ToHashSet();
        }).ToArray();
        var days = allowed.SelectMany(a => a).Distinct().Order().ToArray();
        var last = allowed.Select(a => a.Count == 0 ? LocalDate.MinIsoValue : a.Max()).ToArray();
        var memo = new Dictionary<(int, int, long), int>();

        int Week(LocalDate d) => (int)(DayNumbers.From(d) / 7);

        int F(int i, int mask, int[] weekLoad)
        {
            if (i == days.Length)
            {
                return 0;
            }

            var d = days[i];
            var loads = i > 0 && Week(days[i - 1]) != Week(d) ? new int[weekLoad.Length] : weekLoad;
            for (var t = 0; t < n; t++)
            {
                if (last[t] < d)
                {
                    mask &= ~(1 << t); // decided: only open talks matter from here on
                }
            }

            long key = 0;
            foreach (var l in loads)
            {
                key = (key * 16) + l;
            }

            if (memo.TryGetValue((i, mask, key), out var known))
            {
                return known;
            }

            var candidates = Enumerable.Range(0, n).Where(t => (mask & (1 << t)) == 0 && allowed[t].Contains(d)).ToArray();
            var best = 0;
            var dayLoad = new int[loads.Length];
            var subjectUsed = new HashSet<string>();

            void Choose(int k, int chosenMask, int count)
            {
                if (k == candidates.Length)
                {
                    var next = (int[])loads.Clone();
                    for (var l = 0; l < next.Length; l++)
                    {
                        next[l] += dayLoad[l];
                    }

                    best = Math.Max(best, count + F(i + 1, mask | chosenMask, next));
                    return;
                }

                Choose(k + 1, chosenMask, count);
                var t = candidates[k];
                var li = leaders[talks[t].LeaderId];
                var leader = request.Leaders[li];
                if (dayLoad[li] < leader.DailyCap && loads[li] + dayLoad[li] < leader.WeeklyCap && subjectUsed.Add(talks[t].SubjectId))
                {
                    dayLoad[li]++;
                    Choose(k + 1, chosenMask | (1 << t), count + 1);
                    dayLoad[li]--;
                    subjectUsed.Remove(talks[t].SubjectId);
                }
            }

            Choose(0, 0, 0);
            memo[(i, mask, key)] = best;
            return best;
        }

        return F(0, 0, new int[request.Leaders.Count]);
    }
}
