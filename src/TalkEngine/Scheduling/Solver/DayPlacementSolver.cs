using System;
using System.Collections.Generic;
using NodaTime;

namespace TalkEngine.Scheduling.Solver;

/// <summary>
/// Places as many talks of a <see cref="DayPlacementProblem"/> as possible, and proves it. The bound comes from one
/// exact max flow per leader (every rule except the subjects' one-a-day rule between leaders); where leaders share a
/// subject and their relaxed optima clash, a branch and bound on the clashes closes the gap. A placement whose count
/// equals the bound is <see cref="DayPlacementSolution.ProvenMaximum">proven maximum</see>; if the search stops at its
/// node limit first, the solution says so and keeps the bound. Among the placements it finds, leader by leader (in
/// index order), the leader's busiest day is made as light as keeping the same talks placed allows (the smallest
/// limit of talks a day at which they all still fit, the other leaders' days fixed), then each talk moves to its
/// earliest day that still fits under that limit: preferences that never change the count, not optimised objectives.
/// Deterministic for a given problem.
/// Stateless and thread-safe.
/// </summary>
public static class DayPlacementSolver
{
    /// <summary>The default limit of branch-and-bound nodes for each component of coupled leaders.</summary>
    public const long DefaultNodeLimit = 1_000_000;

    /// <summary>Solves the problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="nodeLimit">The most branch-and-bound nodes for each component of leaders coupled by shared subjects.</param>
    /// <returns>The placement with its bound.</returns>
    public static DayPlacementSolution Solve(DayPlacementProblem problem, long nodeLimit = DefaultNodeLimit) => Solve(problem, nodeLimit, true);

    /// <summary>Solves the problem, with or without the preferences among maximum placements (the count and the proof are the same either way).</summary>
    internal static DayPlacementSolution Solve(DayPlacementProblem problem, long nodeLimit, bool preferences)
    {
        Guard.NotNull(problem);
        if (nodeLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeLimit), nodeLimit, "The node limit is 0 or more.");
        }

        using var core = new PlacementCore(problem, nodeLimit, preferences);
        var (placed, bound, proven) = core.Solve();
        return new DayPlacementSolution(core.Days, placed, bound, proven, core.Nodes);
    }
}

/// <summary>The result of <see cref="DayPlacementSolver.Solve(DayPlacementProblem, long)"/>. Immutable and thread-safe.</summary>
public sealed class DayPlacementSolution
{
    private readonly int[] _days;

    internal DayPlacementSolution(int[] days, int placed, int upperBound, bool provenMaximum, long searchNodes)
    {
        _days = days;
        Placed = placed;
        UpperBound = upperBound;
        ProvenMaximum = provenMaximum;
        SearchNodes = searchNodes;
    }

    /// <summary>The number of talks placed.</summary>
    public int Placed { get; }

    /// <summary>No placement holds more talks than this.</summary>
    public int UpperBound { get; }

    /// <summary>Whether <see cref="Placed"/> equals <see cref="UpperBound"/>: no placement holds more talks.</summary>
    public bool ProvenMaximum { get; }

    /// <summary>The branch-and-bound nodes searched (0 when the per-leader flows were already free of clashes).</summary>
    public long SearchNodes { get; }

    /// <summary>The day of talk <paramref name="talk"/>, or null when it is not placed.</summary>
    /// <param name="talk">The talk's index.</param>
    /// <returns>The day, or null.</returns>
    public LocalDate? DayOf(int talk)
    {
        if ((uint)talk >= (uint)_days.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(talk));
        }

        return _days[talk] < 0 ? null : DayNumbers.ToDate(_days[talk]);
    }

    /// <summary>The day number of a talk (<see cref="DayNumbers"/>), or -1.</summary>
    internal int DayNumberOf(int talk) => _days[talk];
}
