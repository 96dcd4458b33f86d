using System.Collections.Generic;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// A Hall witness that no complete assignment exists: these jobs can only go to these workers
/// (or to none), whose spare capacity is smaller than their number. It is the minimal minimum cut
/// of the maximum flow, so its deficit (<see cref="JobCount"/> − <see cref="Capacity"/>) equals
/// the number of unserved jobs.
/// </summary>
/// <param name="JobIds">The jobs, in input order.</param>
/// <param name="WorkerIds">Every worker any of them is eligible for, in input order.</param>
/// <param name="Capacity">The spare capacity of those workers (capacity less fixed load).</param>
public sealed record InfeasibilityWitness(IReadOnlyList<string> JobIds, IReadOnlyList<string> WorkerIds, long Capacity)
{
    /// <summary>The number of jobs in the witness.</summary>
    public int JobCount => JobIds.Count;
}
