using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>
/// Options of <see cref="LeaderBalancer"/>. Plain settings with documented defaults, bindable from
/// configuration. Explanations are reasons, rendered at the edge, so there is no language here.
/// </summary>
public sealed class BalancingOptions
{
    /// <summary>Which talks count in the load; <see cref="LoadCounting.AssignedOnly"/> by default.</summary>
    public LoadCounting LoadCounting { get; set; } = LoadCounting.AssignedOnly;

    /// <summary>How long after heading a unit a leader still does not talk to its heads; three years by default, at most 100 years, never negative.</summary>
    public Period RecentHeadshipLookback { get; set; } = Period.FromYears(3);
}
