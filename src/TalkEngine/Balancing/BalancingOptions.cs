using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>Which talks count in a leader's load (and against his capacity).</summary>
public enum LoadCounting
{
    /// <summary>Only the demands being assigned (the account's "about 3 heads each").</summary>
    AssignedOnly = 0,

    /// <summary>Every demand, the ones whose leader the source fixes included.</summary>
    AllDemands = 1,
}

/// <summary>
/// Options of <see cref="LeaderBalancer"/>. Plain settings with documented defaults, bindable from
/// configuration. Explanations are reasons, rendered at the edge, so there is no language here.
/// </summary>
public sealed class BalancingOptions
{
    /// <summary>Which talks count in the load; <see cref="LoadCounting.AssignedOnly"/> by default.</summary>
    public LoadCounting LoadCounting { get; set; } = LoadCounting.AssignedOnly;

    /// <summary>How long after heading a unit a leader still does not talk to its heads; three years by default.</summary>
    public Period RecentHeadshipLookback { get; set; } = Period.FromYears(3);
}
