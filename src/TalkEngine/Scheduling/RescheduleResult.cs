using System.Collections.Generic;

namespace TalkEngine.Scheduling;

/// <summary>The result of <see cref="TalkScheduler.Reschedule"/>: the new schedule and the talks whose day changed. Immutable and thread-safe.</summary>
public sealed class RescheduleResult
{
    internal RescheduleResult(TalkSchedule schedule, IReadOnlyList<TalkMove> moves)
    {
        Schedule = schedule;
        Moves = moves;
    }

    /// <summary>The new schedule.</summary>
    public TalkSchedule Schedule { get; }

    /// <summary>The talks whose day changed (pinned ones included), by talk id.</summary>
    public IReadOnlyList<TalkMove> Moves { get; }
}
