using System;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// A worker of an explicit-eligibility instance (<see cref="AssignmentProblem"/>): the low-level
/// input the solver consumes and the bench files describe. Immutable and thread-safe.
/// </summary>
public sealed record Worker
{
    /// <summary>Creates a worker.</summary>
    /// <param name="id">A unique id, such as <c>T0001</c>.</param>
    /// <param name="capacity">The most talks this worker may hold (fixed ones included when <paramref name="fixedLoad"/> is given); <see langword="null"/> for no limit.</param>
    /// <param name="weight">The worker's share, a positive integer up to <see cref="AssignmentProblem.MaxWeight"/>; the spread counts load²/weight, so a worker of weight 2 carries about twice as much as one of weight 1.</param>
    /// <param name="fixedLoad">Talks the worker already holds whose worker is fixed (counted in the load and the capacity, not assigned).</param>
    /// <remarks>The upper limits (<see cref="AssignmentProblem.MaxLoad"/> for the capacity and the fixed load) are checked by
    /// <see cref="AssignmentProblem.Create"/>, which reports every problem at once.</remarks>
    public Worker(string id, int? capacity = null, int weight = 1, int fixedLoad = 0)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        if (capacity is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must not be negative; use null for no limit.");
        }

        if (weight < 1 || weight > AssignmentProblem.MaxWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight must be between 1 and {AssignmentProblem.MaxWeight}.");
        }

        Capacity = capacity;
        Weight = weight;
        FixedLoad = Guard.NotNegative(fixedLoad);
    }

    /// <summary>The worker's unique id.</summary>
    public string Id { get; }

    /// <summary>The most talks this worker may hold (fixed ones included); <see langword="null"/> for no limit.</summary>
    public int? Capacity { get; }

    /// <summary>The worker's share (1 by default): the spread counts load²/weight.</summary>
    public int Weight { get; }

    /// <summary>Talks already fixed to this worker, counted in its load and capacity.</summary>
    public int FixedLoad { get; }
}
