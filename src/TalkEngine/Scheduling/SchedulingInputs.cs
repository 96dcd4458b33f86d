using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Scheduling;

/// <summary>A leader who holds talks: caps per day and per ISO week, and the days away. Immutable and thread-safe.</summary>
public sealed class SchedulingLeader
{
    /// <summary>Creates a leader.</summary>
    /// <param name="id">The leader's id.</param>
    /// <param name="dailyCap">The most talks a day (at least 1).</param>
    /// <param name="weeklyCap">The most talks an ISO week, Monday to Sunday (at least 1).</param>
    /// <param name="busyDays">The days the leader is away (any order; repeats ignored).</param>
    /// <param name="busyPeriods">Hours the leader is away (used by <see cref="TalkScheduler"/>; the day-level <see cref="DayScheduler"/> reads only whole days).</param>
    public SchedulingLeader(string id, int dailyCap, int weeklyCap, IEnumerable<LocalDate>? busyDays = null, IEnumerable<BusyPeriod>? busyPeriods = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        DailyCap = Guard.Positive(dailyCap);
        WeeklyCap = Guard.Positive(weeklyCap);
        BusyDays = SortedDays(busyDays);
        BusyPeriods = busyPeriods is null ? [] : Guard.NoNullItems(busyPeriods).OrderBy(p => p.Start).ToArray();
    }

    /// <summary>The hours the leader is away, by start.</summary>
    public IReadOnlyList<BusyPeriod> BusyPeriods { get; }

    /// <summary>The leader's id.</summary>
    public string Id { get; }

    /// <summary>The most talks a day.</summary>
    public int DailyCap { get; }

    /// <summary>The most talks an ISO week (a make-up Saturday counts in its week).</summary>
    public int WeeklyCap { get; }

    /// <summary>Days ascending and distinct (input that already is, as a bench file's, is only copied).</summary>
    internal static LocalDate[] SortedDays(IEnumerable<LocalDate>? days)
    {
        if (days is null)
        {
            return [];
        }

        var array = days.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i - 1] >= array[i])
            {
                return array.Distinct().Order().ToArray();
            }
        }

        return array;
    }

    /// <summary>The days the leader is away, ascending.</summary>
    public IReadOnlyList<LocalDate> BusyDays { get; }
}

/// <summary>A person talked to: at most one talk a day, and the days away. Immutable and thread-safe.</summary>
public sealed class SchedulingSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="id">The subject's id.</param>
    /// <param name="busyDays">The days the subject is away (any order; repeats ignored).</param>
    /// <param name="busyPeriods">Hours the subject is away (used by <see cref="TalkScheduler"/>).</param>
    public SchedulingSubject(string id, IEnumerable<LocalDate>? busyDays = null, IEnumerable<BusyPeriod>? busyPeriods = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        BusyDays = SchedulingLeader.SortedDays(busyDays);
        BusyPeriods = busyPeriods is null ? [] : Guard.NoNullItems(busyPeriods).OrderBy(p => p.Start).ToArray();
    }

    /// <summary>The hours the subject is away, by start.</summary>
    public IReadOnlyList<BusyPeriod> BusyPeriods { get; }

    /// <summary>The subject's id.</summary>
    public string Id { get; }

    /// <summary>The days the subject is away, ascending.</summary>
    public IReadOnlyList<LocalDate> BusyDays { get; }
}

/// <summary>A talk to place: its leader (already assigned), its subject and the window its source allows. Immutable and thread-safe.</summary>
public sealed class SchedulingTalk
{
    /// <summary>Creates a talk.</summary>
    /// <param name="id">The talk's id.</param>
    /// <param name="leaderId">The leader who holds it.</param>
    /// <param name="subjectId">The person talked to.</param>
    /// <param name="window">The days it may take (inclusive), before working days and absences are applied.</param>
    /// <param name="source">What calls for it (<c>annual</c>, <c>inspection</c>, …), carried through; optional.</param>
    /// <param name="style">Its style, which sets its length (<see cref="SchedulingOptions.MinutesByStyle"/>).</param>
    /// <param name="mode">Its mode: in person needs a room when rooms are planned; video and phone do not.</param>
    /// <param name="reportDue">When the subject's report is due, when materials are tracked: the talk is then no earlier than <see cref="DaySchedulingRequest.ReportLeadWorkingDays"/> working days after it.</param>
    public SchedulingTalk(string id, string leaderId, string subjectId, DateInterval window, string? source = null, TalkStyle style = TalkStyle.Reminder, TalkMode mode = TalkMode.InPerson, LocalDate? reportDue = null)
    {
        Style = style;
        Mode = mode;
        ReportDue = reportDue;
        Id = Guard.NotNullOrWhiteSpace(id);
        LeaderId = Guard.NotNullOrWhiteSpace(leaderId);
        SubjectId = Guard.NotNullOrWhiteSpace(subjectId);
        Window = Guard.NotNull(window);
        Source = source;
    }

    /// <summary>The talk's id.</summary>
    public string Id { get; }

    /// <summary>The leader who holds it.</summary>
    public string LeaderId { get; }

    /// <summary>The person talked to.</summary>
    public string SubjectId { get; }

    /// <summary>The days it may take (inclusive).</summary>
    public DateInterval Window { get; }

    /// <summary>What calls for it, or null.</summary>
    public string? Source { get; }

    /// <summary>Its style.</summary>
    public TalkStyle Style { get; }

    /// <summary>Its mode.</summary>
    public TalkMode Mode { get; }

    /// <summary>When the subject's report is due, or null.</summary>
    public LocalDate? ReportDue { get; }
}
