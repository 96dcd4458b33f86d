using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>A pair the host excludes: this leader does not talk to this subject.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="SubjectId">The person talked to.</param>
public sealed record RecusalPair(string LeaderId, string SubjectId);

/// <summary>A unit a leader headed, and when (a leader does not talk to the heads of a unit he headed recently).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Period">When he headed it (inclusive).</param>
public sealed record UnitHeadship(string UnitId, DateInterval Period);

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

/// <summary>
/// The facts of one balancing that the roster lacks: per-leader settings, recusal pairs, the previous
/// plan when re-planning, and the host's eligibility rules. A plain object; build one per call.
/// </summary>
public sealed class BalancingInput
{
    /// <summary>Per-leader settings, by leader id; leaders not listed get the defaults of <see cref="LeaderSettings"/>.</summary>
    public IDictionary<string, LeaderSettings> Leaders { get; } = new Dictionary<string, LeaderSettings>(StringComparer.Ordinal);

    /// <summary>Pairs (leader id, person id) the host excludes.</summary>
    public IList<RecusalPair> Recusals { get; } = new List<RecusalPair>();

    /// <summary>When re-planning, the previous plan: demand id → leader id (the leader may have left).</summary>
    public IDictionary<string, string> PreviousAssignment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Extra eligibility rules.</summary>
    public IList<ILeaderEligibilityRule> Rules { get; } = new List<ILeaderEligibilityRule>();
}
