using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Balancing;

/// <summary>
/// A leader as balancing sees him: the roster's leader (roles typed) with the host's settings (capacity,
/// share, absences, headships, open case). Internal: the mapping from the domain to the solver. Immutable.
/// </summary>
internal sealed class BalancingTalker
{
    public BalancingTalker(
        Leader leader,
        int? capacity = null,
        int weight = 1,
        IEnumerable<DateInterval>? unavailable = null,
        IEnumerable<UnitHeadship>? headships = null,
        bool hasOpenCase = false)
    {
        Leader = Guard.NotNull(leader);
        if (capacity is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must not be negative; use null for no limit.");
        }

        if (weight < 1 || weight > Solver.AssignmentProblem.MaxWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight must be between 1 and {Solver.AssignmentProblem.MaxWeight}.");
        }

        Capacity = capacity;
        Weight = weight;
        Unavailable = unavailable is null ? [] : Guard.NoNullItems(unavailable).OrderBy(i => i.Start).ToArray();
        Headships = headships is null ? [] : Guard.NoNullItems(headships).ToArray();
        HasOpenCase = hasOpenCase;
    }

    public Leader Leader { get; }

    public string Id => Leader.Id;

    public string Name => Leader.Name;

    public int? Capacity { get; }

    public int Weight { get; }

    public IReadOnlyList<DateInterval> Unavailable { get; }

    public IReadOnlyList<UnitHeadship> Headships { get; }

    public bool HasOpenCase { get; }

    /// <summary>Whether he is away on every day of <paramref name="window"/>.</summary>
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
