using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Balancing;

/// <summary>
/// Everything one balancing needs, mapped from the domain (<see cref="DemandBalancingMapper"/>): the
/// leaders, the demands, the host's recusal pairs and rules, and the previous assignment. Internal. Immutable.
/// </summary>
internal sealed class BalancingRequest
{
    public BalancingRequest(
        IEnumerable<BalancingTalker> talkers,
        IEnumerable<BalancingDemand> demands,
        IEnumerable<RecusalPair>? recusals = null,
        IReadOnlyDictionary<string, string>? previousAssignment = null,
        IEnumerable<ILeaderEligibilityRule>? hostRules = null)
    {
        Talkers = Guard.NoNullItems(talkers);
        Demands = Guard.NoNullItems(demands);
        Recusals = recusals is null ? [] : Guard.NoNullItems(recusals);
        PreviousAssignment = previousAssignment is null
            ? new Dictionary<string, string>(System.StringComparer.Ordinal)
            : previousAssignment.ToDictionary(p => p.Key, p => p.Value, System.StringComparer.Ordinal);
        HostRules = hostRules is null ? [] : Guard.NoNullItems(hostRules);
    }

    public IReadOnlyList<BalancingTalker> Talkers { get; }

    public IReadOnlyList<BalancingDemand> Demands { get; }

    public IReadOnlyList<RecusalPair> Recusals { get; }

    public IReadOnlyDictionary<string, string> PreviousAssignment { get; }

    public IReadOnlyList<ILeaderEligibilityRule> HostRules { get; }
}
