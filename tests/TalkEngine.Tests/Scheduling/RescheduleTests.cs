using TalkEngine.Demands;
using TalkEngine.Scheduling;

namespace TalkEngine.Tests.Scheduling;

/// <summary>Re-scheduling after a change moves as few talks as it can and says which.</summary>
public sealed class RescheduleTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);

    private static SchedulingTalk Talk(string id, string subject)
        => new(id, "L1", subject, new DateInterval(Monday, Monday.PlusDays(4)), "annual", TalkStyle.Reminder, TalkMode.InPerson);

    private static DaySchedulingRequest Request(IEnumerable<LocalDate>? busy = null) => new(
        [new SchedulingLeader("L1", 1, 10, busy)],
        [new SchedulingSubject("P1"), new SchedulingSubject("P2"), new SchedulingSubject("P3")],
        [Talk("K1", "P1"), Talk("K2", "P2"), Talk("K3", "P3")]);

    [Fact]
    public void Reschedule_LeaderAwayOnTuesday_OnlyTheTuesdayTalkMoves()
    {
        var scheduler = new TalkScheduler();
        var previous = scheduler.Schedule(Request());
        previous.Talks.Select(t => t.Start.Date).Should().Equal(Monday, Monday.PlusDays(1), Monday.PlusDays(2));

        var result = scheduler.Reschedule(previous, Request([Monday.PlusDays(1)]));

        result.Schedule.Placed.Should().Be(3);
        result.Schedule.ProvenMaximum.Should().BeTrue();
        result.MinimalMovesProven.Should().BeTrue();
        result.Moves.Should().Equal(new TalkMove("K2", Monday.PlusDays(1), Monday.PlusDays(3)));
    }

    [Fact]
    public void Reschedule_OneTalkPinnedToWednesday_TheWednesdayTalkTakesTheNearestFreeDay()
    {
        var scheduler = new TalkScheduler();
        var previous = scheduler.Schedule(Request());

        var result = scheduler.Reschedule(previous, Request(), new Dictionary<string, LocalDate> { ["K1"] = Monday.PlusDays(2) });

        // K3 must leave Wednesday; Thursday is one day away, the freed Monday two (fewest days moved wins).
        result.Schedule.Placed.Should().Be(3);
        result.MinimalMovesProven.Should().BeTrue();
        result.Moves.Should().Equal(
            new TalkMove("K1", Monday, Monday.PlusDays(2)),
            new TalkMove("K3", Monday.PlusDays(2), Monday.PlusDays(3)));
    }

    [Fact]
    public void Reschedule_NoChange_NothingMoves()
    {
        var scheduler = new TalkScheduler();
        var previous = scheduler.Schedule(Request());

        scheduler.Reschedule(previous, Request()).Moves.Should().BeEmpty();
    }

    [Fact]
    public void Reschedule_PinOfAnUnknownTalk_Throws()
    {
        var scheduler = new TalkScheduler();
        var previous = scheduler.Schedule(Request());

        FluentActions.Invoking(() => scheduler.Reschedule(previous, Request(), new Dictionary<string, LocalDate> { ["K9"] = Monday }))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Reschedule_PinOutsideTheWindowPlacesMore_TheBoundCoversWhatIsPlaced()
    {
        // One talk a day and both talks only on Monday: one is placed. Pinning K2 to Tuesday, outside its window, places both.
        var scheduler = new TalkScheduler();
        var monday = new DateInterval(Monday, Monday);
        var request = new DaySchedulingRequest(
            [new SchedulingLeader("L1", 1, 10)],
            [new SchedulingSubject("P1"), new SchedulingSubject("P2")],
            [new SchedulingTalk("K1", "L1", "P1", monday, "annual"), new SchedulingTalk("K2", "L1", "P2", monday, "annual")]);
        var previous = scheduler.Schedule(request);
        previous.Placed.Should().Be(1);

        var result = scheduler.Reschedule(previous, request, new Dictionary<string, LocalDate> { ["K2"] = Monday.PlusDays(1) });

        result.Schedule.Placed.Should().Be(2);
        result.Schedule.UpperBound.Should().Be(2, "the pinned request holds two: a bound below the count placed would not be a bound");
        result.Schedule.ProvenMaximum.Should().BeTrue();
        result.MinimalMovesProven.Should().BeTrue();
    }
}
