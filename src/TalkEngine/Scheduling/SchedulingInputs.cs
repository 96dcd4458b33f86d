using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>A leader who holds talks: caps per day and per ISO week, and the days away. Immutable and thread-safe.</summary>
public sealed class SchedulingLeader
{
    /// <summary>Creates a leader.</summary>
    /// <param name="id">The leader's id.</param>
    /// <param name="dailyCap">The most talks a day (at least 1).</param>
    /// <param name="weeklyCap">The most talks an ISO week, Monday to Sunday (at least 1).</param>
    /// <param name="busyDays">The days the leader is away (any order; repeats ignored).</param>
    public SchedulingLeader(string id, int dailyCap, int weeklyCap, IEnumerable<LocalDate>? busyDays = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        DailyCap = Guard.Positive(dailyCap);
        WeeklyCap = Guard.Positive(weeklyCap);
        BusyDays = busyDays is null ? [] : busyDays.Distinct().Order().ToArray();
    }

    /// <summary>The leader's id.</summary>
    public string Id { get; }

    /// <summary>The most talks a day.</summary>
    public int DailyCap { get; }

    /// <summary>The most talks an ISO week (a make-up Saturday counts in its week).</summary>
    public int WeeklyCap { get; }

    /// <summary>The days the leader is away, ascending.</summary>
    public IReadOnlyList<LocalDate> BusyDays { get; }
}

/// <summary>A person talked to: at most one talk a day, and the days away. Immutable and thread-safe.</summary>
public sealed class SchedulingSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="id">The subject's id.</param>
    /// <param name="busyDays">The days the subject is away (any order; repeats ignored).</param>
    public SchedulingSubject(string id, IEnumerable<LocalDate>? busyDays = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        BusyDays = busyDays is null ? [] : busyDays.Distinct().Order().ToArray();
    }

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
    public SchedulingTalk(string id, string leaderId, string subjectId, DateInterval window, string? source = null)
    {
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
}
