using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// A balanced assignment problem, domain-free: workers with capacities and weights, jobs with their
/// eligible and preferred workers (and, when re-planning, the previous worker); what
/// <see cref="AssignmentSolver"/> solves. Build it with <see cref="Create"/> or, from indices, with
/// <see cref="AssignmentProblemBuilder"/>. Built validated: every problem is reported at once by <see cref="TalkEngineValidationException"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Limits, so that every figure the solver reports is exact: a weight from 1 to <see cref="MaxWeight"/> and their
/// least common multiple L at most <see cref="MaxWeightLcm"/>; a fixed load and a capacity from 0 to <see cref="MaxLoad"/>;
/// at most <see cref="MaxJobCount"/> jobs; and the largest spread any assignment could reach, Σ fixed² · L/weight plus the
/// largest ((fixed + jobs)² − fixed²) · L/weight of one worker, at most <see cref="long.MaxValue"/> (the objective is a
/// 64-bit integer), with the solver's 128-bit costs in range. A problem beyond them is refused by
/// <see cref="TalkEngineValidationException"/> (codes <c>balancing.bad-fixed-load</c>, <c>balancing.bad-capacity</c>,
/// <c>balancing.too-many-jobs</c>, <c>balancing.too-large</c>), never answered with a rounded or wrapped figure.</para>
/// </remarks>
/// <remarks>Internally the instance is indexed (workers and jobs by position, eligible lists
/// interned by content), so that 100,000 jobs sharing a region's list cost one copy.</remarks>
public sealed class AssignmentProblem
{
    /// <summary>The largest worker weight accepted.</summary>
    public const int MaxWeight = 1000;

    /// <summary>The largest least common multiple of all worker weights accepted (the spread is kept exact by scaling with it).</summary>
    public const int MaxWeightLcm = 1_000_000;

    /// <summary>
    /// The largest fixed load and the largest capacity of a worker (one billion): with <see cref="MaxJobCount"/> jobs,
    /// every load stays a 32-bit integer.
    /// </summary>
    public const int MaxLoad = 1_000_000_000;

    /// <summary>The most jobs a problem may hold (one hundred million).</summary>
    public const int MaxJobCount = 100_000_000;

    private IReadOnlyList<Worker>? _talkers;
    private IReadOnlyList<Job>? _subjects;

    internal AssignmentProblem(
        string? name,
        string[] talkerIds,
        int[] capacities,
        int[] weights,
        int[] fixedLoads,
        string[] subjectIds,
        IntListPool lists,
        int[] eligible,
        int[] preferred,
        int[] previous,
        string?[] previousIds)
    {
        Name = name;
        TalkerIdArray = talkerIds;
        CapacityArray = capacities;
        WeightArray = weights;
        FixedLoadArray = fixedLoads;
        SubjectIdArray = subjectIds;
        Lists = lists;
        EligibleList = eligible;
        PreferredList = preferred;
        PreviousTalker = previous;
        PreviousIds = previousIds;
        long pairs = 0;
        foreach (var id in eligible)
        {
            pairs += lists.LengthOf(id);
        }

        EligiblePairCount = pairs;
    }

    /// <summary>The instance's name (from the file), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The number of workers.</summary>
    public int WorkerCount => TalkerIdArray.Length;

    /// <summary>The number of jobs.</summary>
    public int JobCount => SubjectIdArray.Length;

    /// <summary>The number of (job, eligible worker) pairs.</summary>
    public long EligiblePairCount { get; }

    /// <summary>The workers, in input order.</summary>
    public IReadOnlyList<Worker> Workers => LazyInitializer.EnsureInitialized(ref _talkers, () =>
        Enumerable.Range(0, WorkerCount)
            .Select(t => new Worker(TalkerIdArray[t], CapacityArray[t] < 0 ? null : CapacityArray[t], WeightArray[t], FixedLoadArray[t]))
            .ToArray());

    /// <summary>The jobs, in input order.</summary>
    public IReadOnlyList<Job> Jobs => LazyInitializer.EnsureInitialized(ref _subjects, () =>
        Enumerable.Range(0, JobCount)
            .Select(s => new Job(
                SubjectIdArray[s],
                IdsOf(Lists[EligibleList[s]]),
                IdsOf(Lists[PreferredList[s]]),
                PreviousIds[s]))
            .ToArray());

    internal string[] TalkerIdArray { get; }

    internal int[] CapacityArray { get; } // -1 = no limit

    internal int[] WeightArray { get; }

    internal int[] FixedLoadArray { get; }

    internal string[] SubjectIdArray { get; }

    internal IntListPool Lists { get; }

    internal int[] EligibleList { get; } // list id per job, worker indices ascending

    internal int[] PreferredList { get; } // list id per job, worker indices ascending, subset of eligible

    internal int[] PreviousTalker { get; } // -1 none, -2 a worker no longer in the instance, else index

    internal string?[] PreviousIds { get; }

    /// <summary>Creates a validated instance; every problem (duplicate ids, unknown workers, preferred workers that are not eligible…) is reported at once.</summary>
    /// <param name="workers">The workers.</param>
    /// <param name="jobs">The jobs.</param>
    /// <param name="name">An optional name.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="TalkEngineValidationException">The input has problems (code <c>balancing.instance</c>).</exception>
    public static AssignmentProblem Create(IEnumerable<Worker> workers, IEnumerable<Job> jobs, string? name = null)
    {
        var talkerList = Guard.NoNullItems(workers);
        var subjectList = Guard.NoNullItems(jobs);
        var builder = new AssignmentProblemBuilder(name);
        for (var i = 0; i < talkerList.Count; i++)
        {
            var t = talkerList[i];
            builder.AddWorker(t.Id, t.Capacity ?? -1, t.Weight, t.FixedLoad, $"workers[{i}]");
        }

        var eligible = new List<int>();
        var preferred = new List<int>();
        for (var i = 0; i < subjectList.Count; i++)
        {
            var s = subjectList[i];
            eligible.Clear();
            preferred.Clear();
            for (var j = 0; j < s.Eligible.Count; j++)
            {
                eligible.Add(builder.LookupWorker(s.Eligible[j], $"jobs[{i}].eligible[{j}]", s.Id));
            }

            for (var j = 0; j < s.Preferred.Count; j++)
            {
                preferred.Add(builder.LookupWorker(s.Preferred[j], $"jobs[{i}].preferred[{j}]", s.Id));
            }

            builder.AddJob(s.Id, eligible, preferred, s.Previous);
        }

        return builder.Build();
    }

    private string[] IdsOf(ReadOnlySpan<int> workers)
    {
        var ids = new string[workers.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = TalkerIdArray[workers[i]];
        }

        return ids;
    }
}
