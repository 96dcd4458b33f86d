using System;

namespace TalkEngine.Balancing;

/// <summary>
/// A talker of an explicit-eligibility instance (<see cref="BalancingInstance"/>): the low-level
/// input the solver consumes and the bench files describe. Immutable and thread-safe.
/// </summary>
public sealed record ExplicitTalker
{
    /// <summary>Creates a talker.</summary>
    /// <param name="id">A unique id, such as <c>T0001</c>.</param>
    /// <param name="capacity">The most talks this talker may hold (fixed ones included when <paramref name="fixedLoad"/> is given); <see langword="null"/> for no limit.</param>
    /// <param name="weight">The talker's share, a positive integer up to <see cref="BalancingInstance.MaxWeight"/>; the spread counts load²/weight, so a talker of weight 2 carries about twice as much as one of weight 1.</param>
    /// <param name="fixedLoad">Talks the talker already holds whose talker is fixed (counted in the load and the capacity, not assigned).</param>
    public ExplicitTalker(string id, int? capacity = null, int weight = 1, int fixedLoad = 0)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        if (capacity is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must not be negative; use null for no limit.");
        }

        if (weight < 1 || weight > BalancingInstance.MaxWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight must be between 1 and {BalancingInstance.MaxWeight}.");
        }

        Capacity = capacity;
        Weight = weight;
        FixedLoad = Guard.NotNegative(fixedLoad);
    }

    /// <summary>The talker's unique id.</summary>
    public string Id { get; }

    /// <summary>The most talks this talker may hold (fixed ones included); <see langword="null"/> for no limit.</summary>
    public int? Capacity { get; }

    /// <summary>The talker's share (1 by default): the spread counts load²/weight.</summary>
    public int Weight { get; }

    /// <summary>Talks already fixed to this talker, counted in its load and capacity.</summary>
    public int FixedLoad { get; }
}
