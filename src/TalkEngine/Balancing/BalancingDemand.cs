using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// A demand as balancing sees it: the demand (source, role and required leader typed) and its preferred
/// leaders (the leaders who supervise the subject's unit, 分管领导). Internal: the mapping from the domain to the solver. Immutable.
/// </summary>
internal sealed class BalancingDemand
{
    public BalancingDemand(TalkDemand demand, IEnumerable<string>? preferredTalkerIds = null)
    {
        Demand = Guard.NotNull(demand);
        PreferredTalkerIds = preferredTalkerIds is null ? [] : Guard.NoNullItems(preferredTalkerIds).Distinct(System.StringComparer.Ordinal).ToArray();
    }

    public TalkDemand Demand { get; }

    public string Id => Demand.Id;

    public string SubjectId => Demand.SubjectId;

    public string SubjectUnitId => Demand.UnitId;

    public DateInterval Window => Demand.Window;

    public DemandSource Source => Demand.Source;

    public LeaderRole? RequiredRole => Demand.RequiredLeaderRole;

    public string? FixedTalkerId => Demand.RequiredLeaderId;

    public IReadOnlyList<string> PreferredTalkerIds { get; }
}
