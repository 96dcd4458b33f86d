using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>Why a talk has no day.</summary>
public enum UnplacedReason
{
    /// <summary>The window holds no working day (code <c>no-working-day</c>).</summary>
    NoWorkingDay,

    /// <summary>The leader is away on every working day of the window (<c>leader-away</c>); the days are those days.</summary>
    LeaderAway,

    /// <summary>On every working day of the window the subject is away, or the leader is (<c>subject-away</c>); the days are the subject's.</summary>
    SubjectAway,

    /// <summary>On every day the talk could take, the leader already holds the day's or the week's most talks (<c>leader-full</c>); the days are those days.</summary>
    LeaderFull,

    /// <summary>On every day the talk could take, the leader is full or the subject already has another talk (<c>crowded</c>); the days are those days.</summary>
    Crowded,

    /// <summary>The subject's report is due too late: no working day of the window is far enough after it (<c>report-too-late</c>); the day is the earliest allowed one.</summary>
    ReportTooLate,

    /// <summary>The talk had a day but no hour on it fits the working hours, the busy hours, the buffer and a room (<c>no-time-slot</c>); the day is that day.</summary>
    NoTimeSlot,
}

/// <summary>A talk and its day.</summary>
/// <param name="TalkId">The talk.</param>
/// <param name="LeaderId">Its leader.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="Date">Its day.</param>
public sealed record ScheduledDay(string TalkId, string LeaderId, string SubjectId, LocalDate Date);

/// <summary>A talk without a day, with the reason and the days that block it. Immutable and thread-safe.</summary>
public sealed class UnplacedTalk
{
    internal UnplacedTalk(string talkId, string leaderId, string subjectId, UnplacedReason reason, IReadOnlyList<LocalDate> days)
    {
        TalkId = talkId;
        LeaderId = leaderId;
        SubjectId = subjectId;
        Reason = reason;
        Days = days;
    }

    /// <summary>The talk.</summary>
    public string TalkId { get; }

    /// <summary>Its leader.</summary>
    public string LeaderId { get; }

    /// <summary>Its subject.</summary>
    public string SubjectId { get; }

    /// <summary>Why it has no day.</summary>
    public UnplacedReason Reason { get; }

    /// <summary>The reason's stable code (<c>leader-full</c>); in JSON, <see cref="Reason"/> is written as this code.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ReasonCode => Codes.Of(Reason);

    /// <summary>The days that block it (see <see cref="UnplacedReason"/>), ascending.</summary>
    public IReadOnlyList<LocalDate> Days { get; }
}

/// <summary>A leader's talks on one day.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Date">The day.</param>
/// <param name="Talks">The talks placed that day.</param>
public sealed record LeaderDayLoad(string LeaderId, LocalDate Date, int Talks);

/// <summary>A leader's talks in one ISO week.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Monday">The week's Monday.</param>
/// <param name="WeekYear">The ISO week-year.</param>
/// <param name="Week">The ISO week number.</param>
/// <param name="Talks">The talks placed that week.</param>
public sealed record LeaderWeekLoad(string LeaderId, LocalDate Monday, int WeekYear, int Week, int Talks);

/// <summary>
/// The result of <see cref="DayScheduler"/>: a day for as many talks as possible, the reason for each other
/// one, the leaders' loads, and the proof. Collections are ordered by id (then date). Immutable and thread-safe.
/// </summary>
public sealed class DaySchedule
{
    internal DaySchedule(
        int upperBound,
        bool provenMaximum,
        IReadOnlyList<ScheduledDay> talks,
        IReadOnlyList<UnplacedTalk> unplaced,
        IReadOnlyList<LeaderDayLoad> leaderDays,
        IReadOnlyList<LeaderWeekLoad> leaderWeeks)
    {
        UpperBound = upperBound;
        ProvenMaximum = provenMaximum;
        Talks = talks;
        Unplaced = unplaced;
        LeaderDays = leaderDays;
        LeaderWeeks = leaderWeeks;
    }

    /// <summary>The number of talks placed.</summary>
    public int Placed => Talks.Count;

    /// <summary>No placement under the rules holds more talks than this.</summary>
    public int UpperBound { get; }

    /// <summary>Whether <see cref="Placed"/> equals <see cref="UpperBound"/>: the placement is a maximum.</summary>
    public bool ProvenMaximum { get; }

    /// <summary>The placed talks with their days, by talk id.</summary>
    public IReadOnlyList<ScheduledDay> Talks { get; }

    /// <summary>The talks without a day, by talk id.</summary>
    public IReadOnlyList<UnplacedTalk> Unplaced { get; }

    /// <summary>Each leader's talks per day (days with talks only), by leader id then date.</summary>
    public IReadOnlyList<LeaderDayLoad> LeaderDays { get; }

    /// <summary>Each leader's talks per ISO week (weeks with talks only), by leader id then week.</summary>
    public IReadOnlyList<LeaderWeekLoad> LeaderWeeks { get; }
}
