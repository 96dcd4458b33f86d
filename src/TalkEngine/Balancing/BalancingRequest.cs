using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>A pair the host excludes: this talker does not talk to this subject.</summary>
/// <param name="TalkerId">The talker.</param>
/// <param name="SubjectId">The subject (person) talked to.</param>
public sealed record RecusalPair(string TalkerId, string SubjectId);

/// <summary>Which talks count in a talker's load (and against his capacity).</summary>
public enum LoadCounting
{
    /// <summary>Only the demands being assigned (the account's "about 3 heads each").</summary>
    AssignedOnly = 0,

    /// <summary>Every demand, the ones whose talker the source fixes included.</summary>
    AllDemands = 1,
}

/// <summary>Options of <see cref="LeaderBalancer"/>. Plain settings with documented defaults.</summary>
public sealed class BalancingOptions
{
    /// <summary>Which talks count in the load; <see cref="LoadCounting.AssignedOnly"/> by default.</summary>
    public LoadCounting LoadCounting { get; set; } = LoadCounting.AssignedOnly;

    /// <summary>How long after heading a unit a talker still does not talk to its heads; three years by default.</summary>
    public Period RecentHeadshipLookback { get; set; } = Period.FromYears(3);

    /// <summary>The language of explanations; simplified Chinese by default.</summary>
    public OutputLanguage Language { get; set; } = OutputLanguage.SimplifiedChinese;
}

/// <summary>
/// Everything one balancing needs: the talkers, the demands, the host's recusal pairs and rules,
/// and, when re-planning, the previous assignment (demand id → talker id). Immutable and thread-safe
/// (as long as the host's rules are).
/// </summary>
public sealed class BalancingRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="talkers">The leadership team members who may hold talks.</param>
    /// <param name="demands">The talks to hold.</param>
    /// <param name="recusals">Pairs the host excludes.</param>
    /// <param name="previousAssignment">The previous plan, demand id → talker id (the talker may have left).</param>
    /// <param name="hostRules">Extra eligibility rules.</param>
    public BalancingRequest(
        IEnumerable<BalancingTalker> talkers,
        IEnumerable<BalancingDemand> demands,
        IEnumerable<RecusalPair>? recusals = null,
        IReadOnlyDictionary<string, string>? previousAssignment = null,
        IEnumerable<ITalkerEligibilityRule>? hostRules = null)
    {
        Talkers = Guard.NoNullItems(talkers);
        Demands = Guard.NoNullItems(demands);
        Recusals = recusals is null ? [] : Guard.NoNullItems(recusals);
        PreviousAssignment = previousAssignment is null
            ? new Dictionary<string, string>(System.StringComparer.Ordinal)
            : previousAssignment.ToDictionary(p => p.Key, p => p.Value, System.StringComparer.Ordinal);
        HostRules = hostRules is null ? [] : Guard.NoNullItems(hostRules);
    }

    /// <summary>
    /// Builds the request from the domain model: every leader of <paramref name="roster"/> becomes a
    /// talker (roles as <see cref="BalancingRoleCodes"/>; headships from the head posts he held, with their
    /// periods, plus the host's; capacity, weight, absences and open case from <see cref="DemandBalancingOptions.Talkers"/>),
    /// and every demand of <paramref name="demands"/> a balancing demand (its required talker fixed, its
    /// required role required, the leaders who supervise its unit (分管) preferred, its source's display
    /// name as the label, its window).
    /// </summary>
    /// <param name="roster">The roster with its leadership team.</param>
    /// <param name="demands">The demands to balance (filter the set first to balance only some sources).</param>
    /// <param name="options">The host's per-leader settings, recusal pairs, previous plan and rules; <see langword="null"/> for none.</param>
    /// <returns>The request.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roster"/> or <paramref name="demands"/> is <see langword="null"/>.</exception>
    /// <exception cref="TalkEngineValidationException">
    /// Code <c>balancing.from-demands</c>, with every problem at once: a demand about a person or unit not in
    /// the roster, a required talker who is not a leader or lacks the required role, settings for an unknown
    /// leader or with a bad capacity or weight, recusal pairs naming unknown leaders or people, a previous
    /// assignment naming an unknown demand.
    /// </exception>
    public static BalancingRequest FromDemands(TalkEngine.Organization.Roster roster, TalkEngine.Demands.DemandSet demands, DemandBalancingOptions? options = null)
        => DemandBalancingMapper.Map(roster, demands, options);

    /// <summary>The talkers.</summary>
    public IReadOnlyList<BalancingTalker> Talkers { get; }

    /// <summary>The demands.</summary>
    public IReadOnlyList<BalancingDemand> Demands { get; }

    /// <summary>The host's recusal pairs.</summary>
    public IReadOnlyList<RecusalPair> Recusals { get; }

    /// <summary>The previous plan, demand id → talker id.</summary>
    public IReadOnlyDictionary<string, string> PreviousAssignment { get; }

    /// <summary>The host's extra rules.</summary>
    public IReadOnlyList<ITalkerEligibilityRule> HostRules { get; }
}
