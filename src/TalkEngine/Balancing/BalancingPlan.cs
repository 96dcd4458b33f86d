using System.Collections.Generic;

namespace TalkEngine.Balancing;

/// <summary>Why a demand got its talker.</summary>
public enum AssignmentReasonKind
{
    /// <summary>The source fixed the talker (the inspection team leader, the discipline secretary).</summary>
    FixedBySource = 0,

    /// <summary>The talker is a preferred one (the leader supervising the subject's unit).</summary>
    PreferredTalker = 1,

    /// <summary>The talker was the least loaded eligible one (relative to his share).</summary>
    LeastLoadedEligible = 2,

    /// <summary>Moving the talk to any other eligible talker would make the spread less even (capacity and the other talks decided it).</summary>
    BalancedSpread = 3,

    /// <summary>The talker is the one in the previous plan.</summary>
    KeptFromPreviousPlan = 4,
}

/// <summary>One reason for an assignment, with a sentence for people.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The sentence, in the configured language.</param>
public sealed record AssignmentReason(AssignmentReasonKind Kind, string Text);

/// <summary>A demand, its talker, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="TalkerId">The talker.</param>
/// <param name="Reasons">Why, at least one.</param>
public sealed record DemandAssignment(string DemandId, string SubjectId, string TalkerId, IReadOnlyList<AssignmentReason> Reasons);

/// <summary>A talker removed from a demand's candidates by a rule.</summary>
/// <param name="TalkerId">The talker.</param>
/// <param name="RuleCode">The rule (<see cref="EligibilityRuleCodes"/> or a host rule's code).</param>
/// <param name="Reason">Why, in the configured language (host rules give their own text).</param>
public sealed record TalkerExclusion(string TalkerId, string RuleCode, string Reason);

/// <summary>A demand that cannot be served, and why.</summary>
/// <param name="DemandId">The demand.</param>
/// <param name="SubjectId">The person talked to.</param>
/// <param name="Reason">No eligible talker, or a capacity shortage (see <see cref="BalancingPlan.HallWitness"/>).</param>
/// <param name="Exclusions">For <see cref="UnservedReason.NoEligibleTalker"/>: every talker and every rule that removed him.</param>
/// <param name="Text">A sentence for people.</param>
public sealed record UnservedDemand(string DemandId, string SubjectId, UnservedReason Reason, IReadOnlyList<TalkerExclusion> Exclusions, string Text);

/// <summary>
/// The result of <see cref="LeaderBalancer.Balance(BalancingRequest)"/>: every demand with its talker and reasons, the
/// loads, the exact objective with its proof, or what cannot be served and why. Immutable and thread-safe.
/// </summary>
public sealed class BalancingPlan
{
    internal BalancingPlan(
        IReadOnlyList<DemandAssignment> assignments,
        IReadOnlyList<UnservedDemand> unserved,
        HallWitness? hallWitness,
        IReadOnlyList<TalkerLoad> loads,
        BalancingObjective objective,
        BalancingObjective lowerBound,
        bool isProvenOptimal,
        string? witnessText)
    {
        Assignments = assignments;
        Unserved = unserved;
        HallWitness = hallWitness;
        Loads = loads;
        Objective = objective;
        LowerBound = lowerBound;
        IsProvenOptimal = isProvenOptimal;
        HallWitnessText = witnessText;
    }

    /// <summary>Whether every demand has a talker.</summary>
    public bool IsFeasible => Unserved.Count == 0;

    /// <summary>Every served demand (fixed ones included), ordered by demand id.</summary>
    public IReadOnlyList<DemandAssignment> Assignments { get; }

    /// <summary>The demands that cannot be served, ordered by demand id.</summary>
    public IReadOnlyList<UnservedDemand> Unserved { get; }

    /// <summary>When demands are short of capacity: the demands (ids in <see cref="HallWitness.SubjectIds"/>) that can only go to these talkers, whose capacity is too small.</summary>
    public HallWitness? HallWitness { get; }

    /// <summary>The witness as a sentence for people, or <see langword="null"/>.</summary>
    public string? HallWitnessText { get; }

    /// <summary>Every talker's counted load, ordered by talker id.</summary>
    public IReadOnlyList<TalkerLoad> Loads { get; }

    /// <summary>The exact objective (spread, preferred misses, changes) of the assigned demands.</summary>
    public BalancingObjective Objective { get; }

    /// <summary>The dual lower bound; equal to <see cref="Objective"/> when proven optimal.</summary>
    public BalancingObjective LowerBound { get; }

    /// <summary>Whether optimality is proven (reduced-cost certificate and lower bound = objective).</summary>
    public bool IsProvenOptimal { get; }
}
