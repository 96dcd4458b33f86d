using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// The result of <see cref="AssignmentSolver.Solve(AssignmentProblem)"/>: the assignment, its exact
/// objective and the dual lower bound that proves it optimal, or the unserved jobs with a Hall
/// witness. Immutable and thread-safe.
/// </summary>
public sealed class AssignmentSolution
{
    private readonly int[] _talkerOf;
    private IReadOnlyList<JobAssignment>? _assignments;
    private IReadOnlyList<WorkerLoad>? _loads;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal AssignmentSolution(AssignmentProblem instance, CoreResult core)
    {
        Problem = instance;
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
        var unserved = new List<UnservedJob>(core.NoEligible.Count + core.CapacityShort.Count);
        foreach (var s in core.NoEligible)
        {
            unserved.Add(new UnservedJob(instance.SubjectIdArray[s], UnservedCause.NoEligibleWorker));
        }

        foreach (var s in core.CapacityShort)
        {
            unserved.Add(new UnservedJob(instance.SubjectIdArray[s], UnservedCause.CapacityShortage));
        }

        unserved.Sort((a, b) => string.CompareOrdinal(a.JobId, b.JobId));
        Unserved = unserved.AsReadOnly();
        if (!IsFeasible)
        {
            Witness = new InfeasibilityWitness(
                core.HallSubjects.ConvertAll(s => instance.SubjectIdArray[s]).AsReadOnly(),
                core.HallTalkers.ConvertAll(t => instance.TalkerIdArray[t]).AsReadOnly(),
                core.HallCapacity);
        }

        ComponentCount = core.Components;
        TypeCount = core.Types;
        PhaseCount = core.Phases;
    }

    /// <summary>The instance solved.</summary>
    public AssignmentProblem Problem { get; }

    /// <summary>Whether every job was served.</summary>
    public bool IsFeasible { get; }

    /// <summary>Whether optimality is proven: the reduced-cost certificate held on every arc and the dual lower bound equals the objective.</summary>
    public bool IsProvenOptimal { get; }

    /// <summary>The objective reached. When infeasible, that of the best assignment serving as many jobs as possible.</summary>
    public BalancingObjective Objective { get; }

    /// <summary>The LP dual lower bound from the final node potentials; equal to <see cref="Objective"/> when solved to optimality.</summary>
    public BalancingObjective LowerBound { get; }

    /// <summary>Σ load² over workers, unweighted (the bench's <c>sumSquares</c>).</summary>
    public long SumOfSquares { get; }

    /// <summary>The largest worker load.</summary>
    public int MaxLoad { get; }

    /// <summary>The smallest worker load.</summary>
    public int MinLoad { get; }

    /// <summary>The jobs that could not be served, ordered by id.</summary>
    public IReadOnlyList<UnservedJob> Unserved { get; }

    /// <summary>When infeasible, the minimal Hall witness (jobs with no eligible worker included); otherwise <see langword="null"/>.</summary>
    public InfeasibilityWitness? Witness { get; }

    /// <summary>The assignments of the served jobs, in input order.</summary>
    public IReadOnlyList<JobAssignment> Assignments => LazyInitializer.EnsureInitialized(ref _assignments, BuildAssignments);

    /// <summary>Every worker's load, in input order.</summary>
    public IReadOnlyList<WorkerLoad> Loads => LazyInitializer.EnsureInitialized(ref _loads, () =>
    {
        var loads = new WorkerLoad[LoadArray.Length];
        for (var t = 0; t < loads.Length; t++)
        {
            var cap = Problem.CapacityArray[t];
            loads[t] = new WorkerLoad(Problem.TalkerIdArray[t], LoadArray[t], cap < 0 ? null : cap);
        }

        return Array.AsReadOnly(loads);
    });

    /// <summary>The number of independent components solved.</summary>
    public int ComponentCount { get; }

    /// <summary>The number of job types (jobs with equal eligible, preferred and previous workers).</summary>
    public int TypeCount { get; }

    /// <summary>The number of primal-dual phases (Dijkstra runs) used.</summary>
    public int PhaseCount { get; }

    internal int[] LoadArray { get; }

    /// <summary>The index (in <see cref="AssignmentProblem.Workers"/>) of the worker given to job <paramref name="jobIndex"/>, or -1 when unserved.</summary>
    /// <param name="jobIndex">The job's index in <see cref="AssignmentProblem.Jobs"/>.</param>
    /// <returns>The worker's index or -1.</returns>
    public int WorkerIndexOf(int jobIndex) => _talkerOf[jobIndex];

    private IReadOnlyList<JobAssignment> BuildAssignments()
    {
        var list = new List<JobAssignment>(_talkerOf.Length);
        var lists = Problem.Lists;
        for (var s = 0; s < _talkerOf.Length; s++)
        {
            var t = _talkerOf[s];
            if (t >= 0)
            {
                list.Add(new JobAssignment(
                    Problem.SubjectIdArray[s],
                    Problem.TalkerIdArray[t],
                    lists[Problem.PreferredList[s]].BinarySearch(t) >= 0,
                    Problem.PreviousTalker[s] == t));
            }
        }

        return list.AsReadOnly();
    }
}
