using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>
/// What the host knows about one leader that the roster does not: capacity, share, absences, units he
/// headed before the roster's history starts, an open case. Immutable and thread-safe.
/// </summary>
public sealed record LeaderSettings
{
    /// <summary>The most talks he may hold; <see langword="null"/> (the default) for no limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>His share, between 1 and 1000: the spread counts load²/weight (a part-time member has 1 where others have 2); 1 by default.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Periods he is away; a demand whose whole window falls in them is not his. Empty by default.</summary>
    public IReadOnlyList<DateInterval> Unavailable { get; init; } = [];

    /// <summary>Units he headed that the roster's posts do not show (added to the roster's); empty by default.</summary>
    public IReadOnlyList<UnitHeadship> Headships { get; init; } = [];

    /// <summary>Whether he is himself subject of an open case (then he holds no talks); <see langword="false"/> by default.</summary>
    public bool HasOpenCase { get; init; }
}
