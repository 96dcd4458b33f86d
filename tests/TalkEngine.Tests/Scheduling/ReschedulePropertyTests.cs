using CsCheck;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>
/// Re-scheduling against an independent brute force on tiny instances (at most 8 talks over one working week, 1–2
/// leaders with daily and weekly caps): after a random change (a leader away on a day, or one talk pinned to another
/// day) the same count placed, the same fewest talks moved and the same fewest days moved, proven, every rule kept, and
/// the same answer twice.
/// </summary>
public sealed class ReschedulePropertyTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2); // no holiday that week

    [Fact]
    public void Reschedule_TinyInstances_EqualsBruteForceLexicographicOptimum()
        => Gen.Int[0, int.MaxValue].Sample(Check, iter: 1500);

    [Fact]
    public void Reschedule_GeneratorTinyInstances_KeepsTheMaximumAndTheRules()
    {
        // Larger than the brute force reaches (12–24 talks over three weeks): the count stays the maximum and the rules
        // hold. The search may stop at the node limit here (then MinimalMovesProven is false and the best found is kept).
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var request = DaySchedulerPropertyTests.Tiny(seed);
            var scheduler = new TalkScheduler();
            var previous = scheduler.Schedule(request);
            var rng = new Random(seed);
            var away = request.Leaders[rng.Next(request.Leaders.Count)];
            var day = previous.Talks.Count == 0 ? new LocalDate(2026, 11, 3) : previous.Talks[rng.Next(previous.Talks.Count)].Start.Date;
            var changed = new DaySchedulingRequest(
                request.Leaders.Select(l => l == away ? new SchedulingLeader(l.Id, l.DailyCap, l.WeeklyCap, l.BusyDays.Append(day).Distinct()) : l).ToArray(),
                request.Subjects,
                request.Talks);

            var result = scheduler.Reschedule(previous, changed);

            result.Schedule.Placed.Should().Be(DayScheduler.Schedule(changed).Placed, $"seed {seed}: the maximum");
            if (result.Schedule.Placed > 0)
            {
                SchedulingChecks.AssertValid(changed, Recount(result.Schedule.Days));
            }
        }, iter: 100);
    }

    [Theory]
    [InlineData(34666225)]
    [InlineData(5116003)]
    [InlineData(195716055)]
    public void Reschedule_StoredSeeds_EqualsBruteForceLexicographicOptimum(int seed) => Check(seed);

    private static void Check(int seed)
    {
        {
            var rng = new Random(seed);
            var leaders = Enumerable.Range(1, rng.Next(1, 3)).Select(i => new SchedulingLeader($"L{i}", rng.Next(1, 3), rng.Next(2, 6))).ToArray();
            var subjects = Enumerable.Range(1, rng.Next(2, 6)).Select(i => new SchedulingSubject($"P{i}")).ToArray();
            var talks = Enumerable.Range(1, rng.Next(1, 9)).Select(k =>
            {
                var a = rng.Next(5);
                var b = Math.Min(4, a + rng.Next(0, 5));
                return new SchedulingTalk($"K{k}", leaders[rng.Next(leaders.Length)].Id, subjects[rng.Next(subjects.Length)].Id, new DateInterval(Monday.PlusDays(a), Monday.PlusDays(b)), "annual");
            }).ToArray();
            var original = new DaySchedulingRequest(leaders, subjects, talks);
            var scheduler = new TalkScheduler();
            var previous = scheduler.Schedule(original);

            DaySchedulingRequest changed = original;
            Dictionary<string, LocalDate>? pins = null;
            if (rng.Next(2) == 0)
            {
                var away = leaders[rng.Next(leaders.Length)];
                var day = Monday.PlusDays(rng.Next(5));
                changed = new DaySchedulingRequest(
                    leaders.Select(l => l == away ? new SchedulingLeader(l.Id, l.DailyCap, l.WeeklyCap, [day]) : l).ToArray(), subjects, talks);
            }
            else
            {
                pins = new Dictionary<string, LocalDate> { [talks[rng.Next(talks.Length)].Id] = Monday.PlusDays(rng.Next(5)) };
            }

            var before = previous.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date);
            var result = scheduler.Reschedule(previous, changed, pins);
            var again = scheduler.Reschedule(previous, changed, pins);

            var expected = BruteForce(changed, before, pins);
            var days = result.Schedule.Talks.ToDictionary(t => t.TalkId, t => t.Start.Date);
            var actual = Cost(changed, before, days);
            var info = $"{string.Join(",", talks.Select(t => $"{t.Id}/{t.LeaderId}/{t.SubjectId}/{t.Window}"))} L {string.Join(",", changed.Leaders.Select(l => $"{l.Id}/{l.DailyCap}/{l.WeeklyCap}/{string.Join("+", l.BusyDays)}"))} before {string.Join(",", before.Select(kv => kv.Key + "@" + kv.Value))} pins {string.Join(",", (pins ?? []).Select(kv => kv.Key + "@" + kv.Value))} after {string.Join(",", days.Select(kv => kv.Key + "@" + kv.Value))}";
            actual.Should().Be(expected.Cost, $"seed {seed}: (placed, moved, days) is the brute force's optimum {info}");
            result.MinimalMovesProven.Should().BeTrue($"seed {seed}: the search finishes {string.Join(",", talks.Select(t => $"{t.Id}/{t.LeaderId}/{t.SubjectId}/{t.Window}"))} L {string.Join(",", changed.Leaders.Select(l => $"{l.Id}/{l.DailyCap}/{l.WeeklyCap}/{string.Join("+", l.BusyDays)}"))} before {string.Join(",", before.Select(kv => kv.Key + "@" + kv.Value))} pins {string.Join(",", (pins ?? []).Select(kv => kv.Key + "@" + kv.Value))} after {string.Join(",", days.Select(kv => kv.Key + "@" + kv.Value))}");
            result.Moves.Should().HaveCount(actual.Moves, $"seed {seed}: every move is listed");
            again.Moves.Should().Equal(result.Moves, $"seed {seed}: deterministic");
            var pinsHeld = expected.WithPins && pins is not null;
            if (result.Schedule.Placed > 0)
            {
                SchedulingChecks.AssertValid(pinsHeld ? Pinned(changed, pins!) : changed, Recount(result.Schedule.Days));
            }
        }
    }

    /// <summary>The days alone for the rule check: the bound is the changed request's without pins, which a pin outside a window can pass.</summary>
    private static DaySchedule Recount(DaySchedule s) => new(s.Placed, true, s.Talks, s.Unplaced, s.LeaderDays, s.LeaderWeeks);

    private static DaySchedulingRequest Pinned(DaySchedulingRequest r, IReadOnlyDictionary<string, LocalDate> pins) => new(
        r.Leaders,
        r.Subjects,
        r.Talks.Select(t => pins.TryGetValue(t.Id, out var d) ? new SchedulingTalk(t.Id, t.LeaderId, t.SubjectId, new DateInterval(d, d), t.Source, t.Style, t.Mode) : t).ToArray(),
        r.Calendar);

    private static (int Placed, int Moves, long Days) Cost(DaySchedulingRequest r, Dictionary<string, LocalDate> before, IReadOnlyDictionary<string, LocalDate> after)
    {
        var moves = 0;
        var days = 0L;
        foreach (var t in r.Talks)
        {
            var had = before.TryGetValue(t.Id, out var from);
            var has = after.TryGetValue(t.Id, out var to);
            if (had != has || (had && from != to))
            {
                moves++;
            }

            if (had && has)
            {
                days += Math.Abs(Period.Between(from, to, PeriodUnits.Days).Days);
            }
        }

        return (after.Count, moves, days);
    }

    /// <summary>Every placement, enumerated: the most placed, then fewest moved, then fewest days; pins kept unless they cost a placement.</summary>
    private static ((int Placed, int Moves, long Days) Cost, bool WithPins) BruteForce(DaySchedulingRequest r, Dictionary<string, LocalDate> before, IReadOnlyDictionary<string, LocalDate>? pins)
    {
        var free = Best(r);
        if (pins is null)
        {
            return (free, false);
        }

        var pinned = Best(Pinned(r, pins));
        return pinned.Placed >= free.Placed ? (pinned, true) : (free, false);

        (int Placed, int Moves, long Days) Best(DaySchedulingRequest q)
        {
            var leaders = q.Leaders.ToDictionary(l => l.Id);
            var subjects = q.Subjects.ToDictionary(s => s.Id);
            var talks = q.Talks.ToArray();
            var allowed = talks.Select(t => t.Window.Where(d => q.Calendar.IsWorkingDay(d) && !leaders[t.LeaderId].BusyDays.Contains(d) && !subjects[t.SubjectId].BusyDays.Contains(d)).ToArray()).ToArray();
            var chosen = new Dictionary<string, LocalDate>();
            (int Placed, int Moves, long Days) best = (-1, 0, 0);

            void Go(int i)
            {
                if (i == talks.Length)
                {
                    var c = Cost(r, before, chosen);
                    if (c.Placed > best.Placed || (c.Placed == best.Placed && (c.Moves < best.Moves || (c.Moves == best.Moves && c.Days < best.Days))))
                    {
                        best = c;
                    }

                    return;
                }

                var t = talks[i];
                Go(i + 1);
                foreach (var d in allowed[i])
                {
                    var leader = leaders[t.LeaderId];
                    var mates = chosen.Where(kv => kv.Key != t.Id).Select(kv => (Talk: talks.First(x => x.Id == kv.Key), Day: kv.Value)).ToArray();
                    var monday = d.PlusDays(1 - (int)d.DayOfWeek);
                    if (mates.Count(m => m.Talk.LeaderId == t.LeaderId && m.Day == d) >= leader.DailyCap
                        || mates.Count(m => m.Talk.LeaderId == t.LeaderId && m.Day.PlusDays(1 - (int)m.Day.DayOfWeek) == monday) >= leader.WeeklyCap
                        || mates.Any(m => m.Talk.SubjectId == t.SubjectId && m.Day == d))
                    {
                        continue;
                    }

                    chosen[t.Id] = d;
                    Go(i + 1);
                    chosen.Remove(t.Id);
                }
            }

            Go(0);
            return best;
        }
    }
}
