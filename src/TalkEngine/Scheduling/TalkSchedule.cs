using System.Collections.Generic;

namespace TalkEngine.Scheduling;

/// <summary>
/// The result of <see cref="TalkScheduler"/>: the talks with their
/// hours, the talks left out with reasons, and the day-level result behind them (loads, bound). Ordered by talk id.
/// Immutable and thread-safe.
/// </summary>
public sealed class TalkSchedule
{
    internal TalkSchedule(DaySchedule days, IReadOnlyList<TimedTalk> talks, IReadOnlyList<UnplacedTalk> unplaced)
    {
        Days = days;
        Talks = talks;
        Unplaced = unplaced;
    }

    /// <summary>The day-level placement: its days, bound, proof and the leaders' loads per day and week.</summary>
    public DaySchedule Days { get; }

    /// <summary>The talks with a start and an end, by talk id.</summary>
    public IReadOnlyList<TimedTalk> Talks { get; }

    /// <summary>The talks left out, by talk id: the day-level ones, and those that found no hour on their day.</summary>
    public IReadOnlyList<UnplacedTalk> Unplaced { get; }

    /// <summary>The number of talks with a start and an end.</summary>
    public int Placed => Talks.Count;

    /// <summary>No day-level placement (with the derived per-day capacities) holds more talks than this.</summary>
    public int UpperBound => Days.UpperBound;

    /// <summary>Whether the day-level placement is a proven maximum and every talk given a day also got an hour.</summary>
    public bool ProvenMaximum => Days.ProvenMaximum && Placed == Days.Placed;
}
