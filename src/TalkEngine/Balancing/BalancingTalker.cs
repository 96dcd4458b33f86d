using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>A unit a talker headed, and when (a talker does not talk to the heads of a unit he headed recently).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Period">When he headed it (inclusive).</param>
public sealed record UnitHeadship(string UnitId, DateInterval Period);

/// <summary>
/// A member of the leadership team who may hold talks, as balancing sees him: roles, capacity, share
/// (weight), when he is away, which units he headed, and whether he is himself subject of an open case.
/// Immutable and thread-safe.
/// </summary>
public sealed class BalancingTalker
{
    /// <summary>Creates a talker.</summary>
    /// <param name="id">A unique id.</param>
    /// <param name="name">The name shown to people.</param>
    /// <param name="roles">Roles such as <c>party-secretary</c>, <c>discipline-secretary</c>, <c>deputy</c> (compared ordinally).</param>
    /// <param name="capacity">The most talks he may hold; <see langword="null"/> for no limit.</param>
    /// <param name="weight">His share, a positive integer: the spread counts load²/weight (a part-time member has 1 where others have 2).</param>
    /// <param name="unavailable">Periods he is away; a demand whose whole window falls in them is not his.</param>
    /// <param name="headships">Units he headed, with periods.</param>
    /// <param name="hasOpenCase">Whether he is himself subject of an open case (then he holds no talks).</param>
    public BalancingTalker(
        string id,
        string name,
        IEnumerable<string>? roles = null,
        int? capacity = null,
        int weight = 1,
        IEnumerable<DateInterval>? unavailable = null,
        IEnumerable<UnitHeadship>? headships = null,
        bool hasOpenCase = false)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        Name = Guard.NotNull(name);
        Roles = roles is null ? [] : Guard.NoNullItems(roles).Distinct(StringComparer.Ordinal).ToArray();
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
        Unavailable = unavailable is null ? [] : Guard.NoNullItems(unavailable).OrderBy(i => i.Start).ToArray();
        Headships = headships is null ? [] : Guard.NoNullItems(headships).ToArray();
        HasOpenCase = hasOpenCase;
    }

    /// <summary>The unique id.</summary>
    public string Id { get; }

    /// <summary>The name shown to people.</summary>
    public string Name { get; }

    /// <summary>The roles.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The most talks he may hold, or <see langword="null"/>.</summary>
    public int? Capacity { get; }

    /// <summary>The share (1 by default).</summary>
    public int Weight { get; }

    /// <summary>Periods away, by start date.</summary>
    public IReadOnlyList<DateInterval> Unavailable { get; }

    /// <summary>Units headed, with periods.</summary>
    public IReadOnlyList<UnitHeadship> Headships { get; }

    /// <summary>Whether he is subject of an open case.</summary>
    public bool HasOpenCase { get; }

    /// <summary>Whether he is away on every day of <paramref name="window"/>.</summary>
    /// <param name="window">The window.</param>
    /// <returns><see langword="true"/> when no day of the window is free.</returns>
    public bool IsAwayThroughout(DateInterval window)
    {
        Guard.NotNull(window);
        var next = window.Start;
        foreach (var away in Unavailable)
        {
            if (away.End < next)
            {
                continue;
            }

            if (away.Start > next)
            {
                return false;
            }

            if (away.End >= window.End)
            {
                return true;
            }

            next = away.End.PlusDays(1);
        }

        return false;
    }
}
