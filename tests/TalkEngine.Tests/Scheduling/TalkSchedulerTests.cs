using Microsoft.Extensions.DependencyInjection;
using TalkEngine.Demands;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

public sealed class TalkSchedulerTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);

    private static DaySchedulingRequest Request(IEnumerable<SchedulingTalk> talks, SchedulingLeader? leader = null, IEnumerable<SchedulingSubject>? subjects = null, int reportLead = 0)
    {
        var list = talks.ToList();
        var people = subjects?.ToList() ?? list.Select(t => t.SubjectId).Distinct().Select(id => new SchedulingSubject(id)).ToList();
        var leaders = list.Select(t => t.LeaderId).Distinct().Select(id => leader is not null && leader.Id == id ? leader : new SchedulingLeader(id, 3, 10)).ToList();
        return new DaySchedulingRequest(leaders, people, list, reportLeadWorkingDays: reportLead);
    }

    private static SchedulingTalk Talk(string id, string leader, string subject, LocalDate from, LocalDate to, TalkStyle style = TalkStyle.Reminder, TalkMode mode = TalkMode.InPerson, LocalDate? reportDue = null)
        => new(id, leader, subject, new DateInterval(from, to), "annual", style, mode, reportDue);

    [Fact]
    public void Schedule_TwoReminderTalksOneDay_ThirtyMinutesApartByTheBufferInShanghai()
    {
        var schedule = new TalkScheduler().Schedule(Request([Talk("K1", "L1", "P1", Monday, Monday), Talk("K2", "L1", "P2", Monday, Monday)]));

        schedule.ProvenMaximum.Should().BeTrue();
        schedule.Talks.Select(t => (t.TalkId, t.Start.LocalDateTime.TimeOfDay, t.End.LocalDateTime.TimeOfDay)).Should().Equal(
            ("K1", new LocalTime(9, 0), new LocalTime(9, 30)),
            ("K2", new LocalTime(9, 45), new LocalTime(10, 15)));
        schedule.Talks[0].Start.Zone.Id.Should().Be("Asia/Shanghai");
        schedule.Talks[0].Start.ToInstant().Should().Be(Instant.FromUtc(2026, 11, 2, 1, 0));
    }

    [Fact]
    public void Schedule_LeaderBusyMorning_TalkInTheAfternoonAndDayCapFromFreeHours()
    {
        var busy = new BusyPeriod(Monday.At(new LocalTime(8, 0)), Monday.At(new LocalTime(12, 0)));
        var leader = new SchedulingLeader("L1", 9, 20, busyPeriods: [busy]);
        var talks = Enumerable.Range(1, 6).Select(i => Talk($"K{i}", "L1", $"P{i}", Monday, Monday, TalkStyle.Admonition)).ToList();

        var schedule = new TalkScheduler().Schedule(Request(talks, leader));

        // 14:00-17:30 holds three 60-minute talks with 15-minute buffers (14:00, 15:15, 16:30 would end 17:30).
        schedule.Talks.Should().HaveCount(3);
        schedule.Talks.Should().OnlyContain(t => t.Start.Hour >= 14);
        schedule.Unplaced.Should().HaveCount(3).And.OnlyContain(u => u.Reason == UnplacedReason.LeaderFull);
        schedule.ProvenMaximum.Should().BeTrue();
    }

    [Fact]
    public void Schedule_OneRoomTwoLeaders_InPersonTalksNeverShareTheRoomButVideoNeedsNone()
    {
        var talks = new[]
        {
            Talk("K1", "L1", "P1", Monday, Monday),
            Talk("K2", "L2", "P2", Monday, Monday),
            Talk("K3", "L3", "P3", Monday, Monday, mode: TalkMode.Video),
        };

        var schedule = new TalkScheduler().Schedule(Request(talks), ["R1"]);

        var k1 = schedule.Talks.Single(t => t.TalkId == "K1");
        var k2 = schedule.Talks.Single(t => t.TalkId == "K2");
        var k3 = schedule.Talks.Single(t => t.TalkId == "K3");
        (k1.RoomId, k2.RoomId, k3.RoomId).Should().Be(("R1", "R1", null));
        (k2.Start.ToInstant() >= k1.End.ToInstant()).Should().BeTrue("one room holds one talk at a time");
        k3.Start.LocalDateTime.TimeOfDay.Should().Be(new LocalTime(9, 0));
    }

    [Fact]
    public void Schedule_ReportDueAfterTheWindow_ReportTooLate()
    {
        var talks = new[] { Talk("K1", "L1", "P1", Monday, Monday.PlusDays(4), reportDue: Monday.PlusDays(3)) };

        var schedule = new TalkScheduler().Schedule(Request(talks, reportLead: 2));

        schedule.Talks.Should().BeEmpty();
        schedule.Unplaced.Single().Reason.Should().Be(UnplacedReason.ReportTooLate);
        schedule.Unplaced.Single().ReasonCode.Should().Be("report-too-late");
    }

    [Fact]
    public void Schedule_SubjectBusyAllWorkingHoursOfTheFirstDay_TalkOnTheNextDay()
    {
        var subject = new SchedulingSubject("P1", busyPeriods: [new BusyPeriod(Monday.At(new LocalTime(8, 0)), Monday.At(new LocalTime(18, 0)))]);

        var schedule = new TalkScheduler().Schedule(Request([Talk("K1", "L1", "P1", Monday, Monday.PlusDays(1))], subjects: [subject]));

        schedule.Talks.Single().Start.Date.Should().Be(Monday.PlusDays(1));
    }

    [Fact]
    public void Schedule_NationalDay2017_NoTalkInTheBreakAndTheMakeUpSaturdayWorks()
    {
        // 2017-09-30 is a make-up working Saturday; 10-01..08 is the National Day and Mid-Autumn break.
        var from = new LocalDate(2017, 9, 30);
        var to = new LocalDate(2017, 10, 9);
        var talks = Enumerable.Range(1, 4).Select(i => Talk($"K{i}", "L1", $"P{i}", from, to)).ToList();
        var leader = new SchedulingLeader("L1", 1, 5);

        var schedule = new TalkScheduler().Schedule(Request(talks, leader));

        schedule.Talks.Select(t => t.Start.Date).Should().BeEquivalentTo([new LocalDate(2017, 9, 30), new LocalDate(2017, 10, 9)]);
        schedule.Unplaced.Should().HaveCount(2).And.OnlyContain(u => u.Reason == UnplacedReason.LeaderFull);
        schedule.ProvenMaximum.Should().BeTrue();
    }

    [Fact]
    public void Constructor_BadWorkingHours_ReportsEveryProblem()
    {
        var options = new SchedulingOptions { WorkingHours = ["14:00-11:30"], BufferMinutes = -1 };

        var act = () => new TalkScheduler(options);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Path).Should().Contain(
            p => p!.Contains("WorkingHours")).And.Contain(p => p!.Contains("BufferMinutes"));
    }

    [Fact]
    public void AddTalkEngine_ResolvesTalkScheduler()
    {
        using var provider = new ServiceCollection().AddTalkEngine(o => o.Scheduling.BufferMinutes = 0).Services.BuildServiceProvider();

        var scheduler = provider.GetRequiredService<TalkScheduler>();
        var schedule = scheduler.Schedule(Request([Talk("K1", "L1", "P1", Monday, Monday), Talk("K2", "L1", "P2", Monday, Monday)]));

        schedule.Talks[1].Start.LocalDateTime.TimeOfDay.Should().Be(new LocalTime(9, 30));
    }
}
