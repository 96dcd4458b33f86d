using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>A demand, its leader, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="LeaderId">The leader who talks.</param>
/// <param name="Reasons">Why, at least one (codes <c>balancing.fixed-by-source</c>, <c>balancing.kept-from-previous-plan</c>,
/// <c>balancing.supervising-leader</c>, <c>balancing.least-loaded</c>, <c>balancing.balanced-spread</c>); render them with <see cref="TextRenderer"/>.</param>
public sealed record DemandAssignment(string DemandId, string SubjectId, string LeaderId, IReadOnlyList<Reason> Reasons);

/// <summary>A leader's counted load and capacity.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Load">The counted load (fixed talks included when <see cref="LoadCounting.AllDemands"/>).</param>
/// <param name="Capacity">The capacity, or <see langword="null"/> for no limit.</param>
public sealed record LeaderLoad(string LeaderId, int Load, int? Capacity);

/// <summary>A leader removed from a demand's candidates by a rule.</summary>
/// <param name="LeaderId">The leader.</param>
/// <param name="Reason">Which rule and why: a built-in code (<c>balancing.lacks-role</c>, <c>balancing.is-subject</c>,
/// <c>balancing.recused</c>, <c>balancing.headed-unit</c>, <c>balancing.open-case</c>, <c>balancing.unavailable</c>)
/// or the reason a host rule gave.</param>
public sealed record LeaderExclusion(string LeaderId, Reason Reason);

/// <summary>A demand that cannot be served, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="Reason"><c>balancing.no-eligible-leader</c> (see <paramref name="Exclusions"/>) or
/// <c>balancing.capacity-shortage</c> (see <see cref="BalancingPlan.HallWitness"/>).</param>
/// <param name="Exclusions">When no leader is eligible: every leader and every rule that removed him.</param>
public sealed record UnservedDemand(string DemandId, string SubjectId, Reason Reason, IReadOnlyList<LeaderExclusion> Exclusions);

/// <summary>
/// Proof that demands are short of capacity: these demands can only go to these leaders (or to none),
/// whose spare capacity is smaller than their number; the deficit equals the number of unserved demands.
/// </summary>
/// <param name="DemandIds">The demands.</param>
/// <param name="LeaderIds">Every leader any of them may go to.</param>
/// <param name="Capacity">Those leaders' spare capacity.</param>
public sealed record HallWitness(IReadOnlyList<string> DemandIds, IReadOnlyList<string> LeaderIds, long Capacity)
{
    /// <summary>The witness as a reason (<c>balancing.hall-witness</c>), such as 这30项谈话只能由5名领导（…）承担，其容量合计27。</summary>
    public Reason Reason => Reason.Of(
        BalancingCodes.HallWitness,
        ("demands", IsoText.Number(DemandIds.Count)),
        ("leaders", IsoText.Number(LeaderIds.Count)),
        ("leaderIds", string.Join(",", LeaderIds)),
        ("capacity", IsoText.Number(Capacity)));
}

/// <summary>
/// The result of <see cref="LeaderBalancer.Balance(TalkEngine.Organization.Roster, TalkEngine.Demands.DemandSet, BalancingInput?)"/>: every demand with its leader and reasons, the
/// loads, the exact objective with its proof, or what cannot be served and why. Immutable and thread-safe.
/// </summary>
public sealed class BalancingPlan
{
    internal BalancingPlan(
        IReadOnlyList<DemandAssignment> assignments,
        IReadOnlyList<UnservedDemand> unserved,
        HallWitness? hallWitness,
        IReadOnlyList<LeaderLoad> loads,
        BalancingObjective objective,
        BalancingObjective lowerBound,
        bool isProvenOptimal)
    {
        Assignments = assignments;
        Unserved = unserved;
        HallWitness = hallWitness;
        Loads = loads;
        Objective = objective;
        LowerBound = lowerBound;
        IsProvenOptimal = isProvenOptimal;
    }

    /// <summary>Whether every demand has a leader.</summary>
    public bool IsFeasible => Unserved.Count == 0;

    /// <summary>Every served demand (fixed ones included), ordered by demand id.</summary>
    public IReadOnlyList<DemandAssignment> Assignments { get; }

    /// <summary>The demands that cannot be served, ordered by demand id.</summary>
    public IReadOnlyList<UnservedDemand> Unserved { get; }

    /// <summary>When demands are short of capacity: the demands that can only go to leaders whose capacity is too small; otherwise <see langword="null"/>.</summary>
    public HallWitness? HallWitness { get; }

    /// <summary>Every leader's counted load, ordered by leader id.</summary>
    public IReadOnlyList<LeaderLoad> Loads { get; }

    /// <summary>The exact objective (spread, preferred misses, changes) of the assigned demands.</summary>
    public BalancingObjective Objective { get; }

    /// <summary>The dual lower bound; equal to <see cref="Objective"/> when proven optimal.</summary>
    public BalancingObjective LowerBound { get; }

    /// <summary>Whether optimality is proven (reduced-cost certificate and lower bound = objective).</summary>
    public bool IsProvenOptimal { get; }
}
