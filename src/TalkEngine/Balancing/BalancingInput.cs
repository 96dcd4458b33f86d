using System;
using System.Collections.Generic;

namespace TalkEngine.Balancing;

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
