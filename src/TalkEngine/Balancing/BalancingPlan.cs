using System.Collections.Generic;

namespace TalkEngine.Balancing;

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
