using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>Among maximum placements: a leader's busiest day as light as the count allows, then each talk as early as it fits.</summary>
public sealed class DaySchedulerPreferenceTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);

    private static SchedulingTalk Talk(string id, string subject, int from = 0, int to = 4)
        => new(id, "L1", subject, new DateInterval(Monday.PlusDays(from), Monday.PlusDays(to)), "annual");

    private static DaySchedulingRequest Request(int dailyCap, params SchedulingTalk[] talks) => new(
        [new SchedulingLeader("L1", dailyCap, 10)],
        talks.Select(t => t.SubjectId).Distinct().Select(s => new SchedulingSubject(s)).ToArray(),
        talks);

    [Fact]
    public void Schedule_ThreeTalksRoomForThreeADay_OneADayOnTheFirstDaysNotAllOnMonday()
    {
        var schedule = DayScheduler.Schedule(Request(3, Talk("K1", "P1"), Talk("K2", "P2"), Talk("K3", "P3")));

        schedule.Placed.Should().Be(3);
        schedule.Talks.Select(t => t.Date).Should().Equal(Monday, Monday.PlusDays(1), Monday.PlusDays(2));
        schedule.LeaderDays.Should().OnlyContain(d => d.Talks == 1);
    }

    [Fact]
    public void Schedule_FourTalksInTwoDays_TwoADayAsFewAsTheCountAllows()
    {
        var schedule = DayScheduler.Schedule(Request(3, Talk("K1", "P1", 0, 1), Talk("K2", "P2", 0, 1), Talk("K3", "P3", 0, 1), Talk("K4", "P4", 0, 1)));

        schedule.Placed.Should().Be(4);
        schedule.LeaderDays.Select(d => (d.Date, d.Talks)).Should().Equal((Monday, 2), (Monday.PlusDays(1), 2));
    }

    [Fact]
    public void Schedule_SpreadingWouldLoseATalk_KeepsTheMaximum()
    {
        // K3 can only be on Monday and K1, K2 only on Monday or Tuesday with one subject: the peak of 2 is needed.
        var schedule = DayScheduler.Schedule(Request(2, Talk("K1", "P1", 0, 1), Talk("K2", "P1", 0, 1), Talk("K3", "P2", 0, 0)));

        schedule.Placed.Should().Be(3);
        schedule.ProvenMaximum.Should().BeTrue();
        schedule.Talks.Single(t => t.TalkId == "K3").Date.Should().Be(Monday);
    }

    [Fact]
    public void Schedule_TinyInstances_NoLeaderDayHoldsMoreThanNeeded()
    {
        // On every tiny seed the busiest day of each leader cannot be lowered by moving only that leader's talks.
        for (var seed = 0; seed < 40; seed++)
        {
            var request = DaySchedulerPropertyTests.Tiny(seed);
            var schedule = DayScheduler.Schedule(request);
            SchedulingChecks.AssertValid(request, schedule);
            foreach (var leader in request.Leaders)
            {
                var peak = schedule.LeaderDays.Where(d => d.LeaderId == leader.Id).Select(d => d.Talks).DefaultIfEmpty(0).Max();
                if (peak <= 1)
                {
                    continue;
                }

                var capped = new DaySchedulingRequest(
                    request.Leaders.Select(l => l.Id == leader.Id ? new SchedulingLeader(l.Id, peak - 1, l.WeeklyCap, l.BusyDays) : l).ToArray(),
                    request.Subjects.Select(s => new SchedulingSubject(s.Id, s.BusyDays.Concat(schedule.Talks.Where(t => t.SubjectId == s.Id && request.Talks.Single(k => k.Id == t.TalkId).LeaderId != leader.Id).Select(t => t.Date)).Distinct())).ToArray(),
                    request.Talks.Where(t => t.LeaderId == leader.Id && schedule.Talks.Any(p => p.TalkId == t.Id)).ToArray());
                DayScheduler.Schedule(capped).Placed.Should().BeLessThan(capped.Talks.Count, $"seed {seed}, {leader.Id}: a lower peak would lose a talk");
            }
        }
    }
}
