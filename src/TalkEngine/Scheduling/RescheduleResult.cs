using System.Collections.Generic;

namespace TalkEngine.Scheduling;

/// <summary>The result of <see cref="TalkScheduler.Reschedule"/>: the new schedule and the talks whose day changed. Immutable and thread-safe.</summary>
public sealed class RescheduleResult
{
    internal RescheduleResult(TalkSchedule schedule, IReadOnlyList<TalkMove> moves, bool minimalMovesProven, long searchNodes = 0)
    {
        Schedule = schedule;
        Moves = moves;
        MinimalMovesProven = minimalMovesProven;
        SearchNodes = searchNodes;
    }

    /// <summary>The new schedule.</summary>
    public TalkSchedule Schedule { get; }

    /// <summary>The talks whose day changed (pinned ones included), by talk id.</summary>
    public IReadOnlyList<TalkMove> Moves { get; }

    /// <summary>
    /// Whether the day-level result is proven best: the most talks the changed request holds, then the fewest talks
    /// whose day changed (a talk newly without a day, or newly with one, counts), then the fewest calendar days moved
    /// in total. False when the exact search of a component stopped at <see cref="SchedulingOptions.NodeLimit"/> nodes, or when the
    /// hours and rooms could not be found on its days (then the result is the best found, not proven).
    /// </summary>
    public bool MinimalMovesProven { get; }

    /// <summary>The branch-and-bound nodes the minimal-move search used (all attempts), for measuring the search; not part of the contract.</summary>
    internal long SearchNodes { get; }
}
