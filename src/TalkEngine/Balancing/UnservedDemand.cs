using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>A demand that cannot be served, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="Reason"><c>balancing.no-eligible-leader</c> (see <paramref name="Exclusions"/>) or
/// <c>balancing.capacity-shortage</c> (see <see cref="BalancingPlan.HallWitness"/>).</param>
/// <param name="Exclusions">When no leader is eligible: every leader and every rule that removed him.</param>
public sealed record UnservedDemand(string DemandId, string SubjectId, Reason Reason, IReadOnlyList<LeaderExclusion> Exclusions);
