using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Threading;

namespace TalkEngine.Balancing;

/// <summary>A subject and the talker it was given.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="TalkerId">The talker.</param>
/// <param name="IsPreferred">Whether the talker is one of the subject's preferred talkers.</param>
/// <param name="IsKept">Whether the talker is the subject's previous talker.</param>
public sealed record SubjectAssignment(string SubjectId, string TalkerId, bool IsPreferred, bool IsKept);

/// <summary>A talker's counted load (fixed talks included) and capacity.</summary>
/// <param name="TalkerId">The talker.</param>
/// <param name="Load">The counted load.</param>
/// <param name="Capacity">The capacity, or <see langword="null"/> for no limit.</param>
public sealed record TalkerLoad(string TalkerId, int Load, int? Capacity);

/// <summary>Why a subject (or demand) could not be served.</summary>
public enum UnservedReason
{
    /// <summary>No talker is eligible for it.</summary>
    NoEligibleTalker = 0,

    /// <summary>Its eligible talkers are all full: it belongs to a Hall witness whose demands exceed their talkers' capacity.</summary>
    CapacityShortage = 1,
}

/// <summary>A subject that cannot be served, and why.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Reason">Why.</param>
public sealed record UnservedSubject(string SubjectId, UnservedReason Reason);

/// <summary>
/// A Hall witness that no complete assignment exists: these subjects can only go to these talkers
/// (or to none), whose spare capacity is smaller than their number. It is the minimal minimum cut
/// of the maximum flow, so its deficit (<see cref="SubjectCount"/> − <see cref="Capacity"/>) equals
/// the number of unserved subjects.
/// </summary>
/// <param name="SubjectIds">The subjects, in input order.</param>
/// <param name="TalkerIds">Every talker any of them is eligible for, in input order.</param>
/// <param name="Capacity">The spare capacity of those talkers (capacity less fixed load).</param>
public sealed record HallWitness(IReadOnlyList<string> SubjectIds, IReadOnlyList<string> TalkerIds, long Capacity)
{
    /// <summary>The number of subjects in the witness.</summary>
    public int SubjectCount => SubjectIds.Count;
}

/// <summary>
/// The result of <see cref="BalancingSolver.Solve(BalancingInstance)"/>: the assignment, its exact
/// objective and the dual lower bound that proves it optimal, or the unserved subjects with a Hall
/// witness. Immutable and thread-safe.
/// </summary>
public sealed class ExplicitBalancingResult
{
    private readonly int[] _talkerOf;
    private IReadOnlyList<SubjectAssignment>? _assignments;
    private IReadOnlyList<TalkerLoad>? _loads;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ExplicitBalancingResult(BalancingInstance instance, CoreResult core)
    {
        Instance = instance;
        _talkerOf = core.SubjectTalker;
        var loads = core.Loads;
        LoadArray = loads;
        long sumSquares = 0;
        long spread = 0;
        var max = 0;
        var min = int.MaxValue;
        for (var t = 0; t < loads.Length; t++)
        {
            sumSquares += (long)loads[t] * loads[t];
            spread += (long)loads[t] * loads[t] * (core.WeightLcm / instance.WeightArray[t]);
            max = Math.Max(max, loads[t]);
            min = Math.Min(min, loads[t]);
        }

        long misses = 0;
        long changes = 0;
        var lists = instance.Lists;
        for (var s = 0; s < _talkerOf.Length; s++)
        {
            var t = _talkerOf[s];
            if (t < 0)
            {
                continue;
            }

            if (lists[instance.PreferredList[s]].BinarySearch(t) < 0)
            {
                misses++;
            }

            var previous = instance.PreviousTalker[s];
            if (previous != -1 && previous != t)
            {
                changes++;
            }
        }

        SumOfSquares = sumSquares;
        MaxLoad = max;
        MinLoad = loads.Length == 0 ? 0 : min;
        Objective = new BalancingObjective(spread, core.WeightLcm, misses, changes);
        LowerBound = new BalancingObjective(core.LowerBoundSpread, core.WeightLcm, core.LowerBoundMisses, core.LowerBoundChanges);
        IsFeasible = core.NoEligible.Count == 0 && core.CapacityShort.Count == 0;
        IsProvenOptimal = IsFeasible && core.CertificateVerified && LowerBound == Objective;
        var unserved = new List<UnservedSubject>(core.NoEligible.Count + core.CapacityShort.Count);
        foreach (var s in core.NoEligible)
        {
            unserved.Add(new UnservedSubject(instance.SubjectIdArray[s], UnservedReason.NoEligibleTalker));
        }

        foreach (var s in core.CapacityShort)
        {
            unserved.Add(new UnservedSubject(instance.SubjectIdArray[s], UnservedReason.CapacityShortage));
        }

        unserved.Sort((a, b) => string.CompareOrdinal(a.SubjectId, b.SubjectId));
        Unserved = unserved;
        if (!IsFeasible)
        {
            HallWitness = new HallWitness(
                core.HallSubjects.ConvertAll(s => instance.SubjectIdArray[s]),
                core.HallTalkers.ConvertAll(t => instance.TalkerIdArray[t]),
                core.HallCapacity);
        }

        ComponentCount = core.Components;
        TypeCount = core.Types;
        PhaseCount = core.Phases;
    }

    /// <summary>The instance solved.</summary>
    public BalancingInstance Instance { get; }

    /// <summary>Whether every subject was served.</summary>
    public bool IsFeasible { get; }

    /// <summary>Whether optimality is proven: the reduced-cost certificate held on every arc and the dual lower bound equals the objective.</summary>
    public bool IsProvenOptimal { get; }

    /// <summary>The objective reached. When infeasible, that of the best assignment serving as many subjects as possible.</summary>
    public BalancingObjective Objective { get; }

    /// <summary>The LP dual lower bound from the final node potentials; equal to <see cref="Objective"/> when solved to optimality.</summary>
    public BalancingObjective LowerBound { get; }

    /// <summary>Σ load² over talkers, unweighted (the bench's <c>sumSquares</c>).</summary>
    public long SumOfSquares { get; }

    /// <summary>The largest talker load.</summary>
    public int MaxLoad { get; }

    /// <summary>The smallest talker load.</summary>
    public int MinLoad { get; }

    /// <summary>The subjects that could not be served, ordered by id.</summary>
    public IReadOnlyList<UnservedSubject> Unserved { get; }

    /// <summary>When infeasible, the minimal Hall witness (subjects with no eligible talker included); otherwise <see langword="null"/>.</summary>
    public HallWitness? HallWitness { get; }

    /// <summary>The assignments of the served subjects, in input order.</summary>
    public IReadOnlyList<SubjectAssignment> Assignments => LazyInitializer.EnsureInitialized(ref _assignments, BuildAssignments);

    /// <summary>Every talker's load, in input order.</summary>
    public IReadOnlyList<TalkerLoad> Loads => LazyInitializer.EnsureInitialized(ref _loads, () =>
    {
        var loads = new TalkerLoad[LoadArray.Length];
        for (var t = 0; t < loads.Length; t++)
        {
            var cap = Instance.CapacityArray[t];
            loads[t] = new TalkerLoad(Instance.TalkerIdArray[t], LoadArray[t], cap < 0 ? null : cap);
        }

        return loads;
    });

    /// <summary>The number of independent components solved.</summary>
    public int ComponentCount { get; }

    /// <summary>The number of subject types (subjects with equal eligible, preferred and previous talkers).</summary>
    public int TypeCount { get; }

    /// <summary>The number of primal-dual phases (Dijkstra runs) used.</summary>
    public int PhaseCount { get; }

    internal int[] LoadArray { get; }

    /// <summary>The index (in <see cref="BalancingInstance.Talkers"/>) of the talker given to subject <paramref name="subjectIndex"/>, or -1 when unserved.</summary>
    /// <param name="subjectIndex">The subject's index in <see cref="BalancingInstance.Subjects"/>.</param>
    /// <returns>The talker's index or -1.</returns>
    public int TalkerIndexOf(int subjectIndex) => _talkerOf[subjectIndex];

    private IReadOnlyList<SubjectAssignment> BuildAssignments()
    {
        var list = new List<SubjectAssignment>(_talkerOf.Length);
        var lists = Instance.Lists;
        for (var s = 0; s < _talkerOf.Length; s++)
        {
            var t = _talkerOf[s];
            if (t >= 0)
            {
                list.Add(new SubjectAssignment(
                    Instance.SubjectIdArray[s],
                    Instance.TalkerIdArray[t],
                    lists[Instance.PreferredList[s]].BinarySearch(t) >= 0,
                    Instance.PreviousTalker[s] == t));
            }
        }

        return list;
    }
}
