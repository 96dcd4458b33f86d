using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Scheduling;

/// <summary>
/// The exact day-level search behind <see cref="TalkScheduler.Reschedule"/>: among day placements of a prepared
/// problem, the one that places the most talks (at least a given target), then changes the fewest talks' days, then
/// moves them the fewest calendar days in total. A talk "changes" when its day differs from its previous one, a
/// placed talk that is no longer placed and an unplaced (or new) talk that is now placed included; its distance is
/// |new day − previous day| when it has both, 0 otherwise.
/// <para>
/// Talks whose previous day still holds (allowed, and fitting beside the talks before them in id order) are fixed,
/// except in the components (talks joined by a shared leader or subject, transitively) of the talks that cannot keep
/// their day, have none, or were unplaced: the rules couple talks only through a leader or a subject, so a component
/// without such a talk keeps every day at no cost and places all its talks. Each of those components is searched on its
/// own, with its own node limit (the three criteria add up over components): a depth-first branch and bound, its affected talks first, then its
/// others, each in id order; each talk tries its previous day first, then its other allowed days by distance and then
/// date, then no day (a talk without a previous day: no day first, then its days by date). A component starts with the
/// count it has in a given placement of the same problem as its bar, and that placement as its incumbent (one day
/// worse, so that a search leaf as good wins); when the placement is a proven maximum, the count bound is capped there. Bounds (see <see cref="Bound"/>): the count by
/// each leader's room on the days its talks can still take; the moves by the talks that cannot keep their day, alone or
/// together; the days by the nearest fitting day of the talks that must move. When only talks that can all keep their
/// day together remain, keeping them is taken at once. The first optimum found wins ties, so the result is
/// deterministic. Not thread-safe.
/// </para>
/// </summary>
internal sealed class MinimalMoveSearch
{
    private readonly DayScheduler.Prepared _prepared;
    private readonly int[] _previous;
    private readonly long _nodeLimit;
    private readonly int _n;
    private readonly int _lo;
    private readonly int _span;
    private readonly int[][] _dayCap;
    private readonly int[][] _dayLoad;
    private readonly int[][] _weekLoad;
    private readonly int[] _weeklyCap;
    private readonly int[][] _subjectDay;
    private readonly int[] _day;
    private readonly int[][] _values;
    private int[] _order = [];
    private readonly int[] _perLeader;
    private readonly long[] _leaderShift;
    private readonly int[][] _leaderDayMark;
    private readonly int[][] _keepLeaderDay;
    private readonly int[][] _keepLeaderWeek;
    private readonly int[][] _keepSubjectDay;
    private readonly List<(int Index, int Cell)> _touchedLeaderDays = [];
    private readonly List<(int Index, int Cell)> _touchedSubjectDays = [];
    private readonly List<(int Index, int Week)> _touchedLeaderWeeks = [];
    private int _stamp;
    private int _countCap = int.MaxValue;
    private long _nodes;
    private long _totalNodes;
    private (int Placed, int Moves, long Days) _best;
    private int[]? _bestDays;

    /// <param name="prepared">The day-level problem (talks in id order).</param>
    /// <param name="previous">Each talk's previous day number, or -1.</param>
    /// <param name="nodeLimit">The most search nodes for each component (as <see cref="SchedulingOptions.NodeLimit"/> is for each group of the day placement).</param>
    public MinimalMoveSearch(DayScheduler.Prepared prepared, int[] previous, long nodeLimit)
    {
        _prepared = prepared;
        _previous = previous;
        _nodeLimit = nodeLimit;
        var problem = prepared.Problem;
        _n = problem.TalkCount;
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (var d in problem.AllowedDays)
        {
            lo = Math.Min(lo, d);
            hi = Math.Max(hi, d);
        }

        if (lo > hi)
        {
            lo = hi = 0;
        }

        lo -= lo % 7;
        hi += 6 - (hi % 7);
        _lo = lo;
        _span = hi - lo + 1;
        var leaders = problem.LeaderCount;
        _dayCap = new int[leaders][];
        _dayLoad = new int[leaders][];
        _weekLoad = new int[leaders][];
        _weeklyCap = problem.WeeklyCap;
        _perLeader = new int[leaders];
        _leaderShift = new long[leaders];
        _leaderDayMark = new int[leaders][];
        _keepLeaderDay = new int[leaders][];
        _keepLeaderWeek = new int[leaders][];
        for (var l = 0; l < leaders; l++)
        {
            _leaderDayMark[l] = new int[_span];
            _keepLeaderDay[l] = new int[_span];
            _keepLeaderWeek[l] = new int[(_span / 7) + 1];
            _dayCap[l] = new int[_span];
            Array.Fill(_dayCap[l], problem.DailyCap[l]);
            _dayLoad[l] = new int[_span];
            _weekLoad[l] = new int[(_span / 7) + 1];
        }

        foreach (var (l, d, cap) in problem.DayCaps)
        {
            if ((uint)(d - lo) < (uint)_span)
            {
                _dayCap[l][d - lo] = Math.Min(_dayCap[l][d - lo], cap);
            }
        }

        _subjectDay = new int[problem.SubjectCount][];
        _keepSubjectDay = new int[problem.SubjectCount][];
        for (var s = 0; s < _subjectDay.Length; s++)
        {
            _subjectDay[s] = new int[_span];
            _keepSubjectDay[s] = new int[_span];
        }

        _day = new int[_n];
        Array.Fill(_day, -1);
        _values = new int[_n][];
        for (var t = 0; t < _n; t++)
        {
            var days = new List<int>();
            for (var i = problem.AllowedStart[t]; i < problem.AllowedStart[t + 1]; i++)
            {
                days.Add(problem.AllowedDays[i]);
            }

            var p = previous[t];
            if (p >= 0)
            {
                // Previous day first, then by distance, then date; no day last.
                days.Sort((a, b) => a == p ? (b == p ? 0 : -1) : b == p ? 1 : Math.Abs(a - p) != Math.Abs(b - p) ? Math.Abs(a - p).CompareTo(Math.Abs(b - p)) : a.CompareTo(b));
                days.Add(-1);
            }
            else
            {
                days.Insert(0, -1);
            }

            _values[t] = [.. days];
        }
    }

    /// <summary>Called after each component's search with its talks, its affected talks, its nodes and whether it finished (for measuring).</summary>
    internal Action<int, int, long, bool>? ComponentSearched { get; set; }

    /// <summary>The search nodes used, over all components.</summary>
    public long Nodes => _totalNodes;

    /// <summary>
    /// Searches for the best placement with at least <paramref name="target"/> talks placed. Returns the day of each
    /// talk (-1: none) or null when none was found, and whether the search finished (the result is optimal).
    /// </summary>
    /// <param name="target">The fewest talks placed in all.</param>
    /// <param name="reference">A placement of the same problem (each talk's day or -1), or null: each component must place
    /// at least as many as it does there (the search's starting bar; without it, a component starts with no bar).</param>
    /// <param name="referenceIsMaximum">Whether <paramref name="reference"/> is a proven maximum: then each component
    /// places at most as many as there too (a component placing more would make the whole place more), a cap on the count bound.</param>
    public (int[]? Days, bool Complete) Run(int target, int[]? reference = null, bool referenceIsMaximum = false)
    {
        var problem = _prepared.Problem;

        // Base: each talk on its previous day where it is allowed and fits beside the talks kept before it.
        var affected = new bool[_n];
        for (var t = 0; t < _n; t++)
        {
            var p = _previous[t];
            if (p >= 0 && Allowed(t, p) && Fits(t, p))
            {
                Assign(t, p);
            }
            else
            {
                affected[t] = true;
            }
        }

        // Components by shared leader or subject.
        var parent = new int[problem.LeaderCount + problem.SubjectCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var t = 0; t < _n; t++)
        {
            DisjointSets.Union(parent, problem.TalkLeader[t], problem.LeaderCount + problem.TalkSubject[t]);
        }

        // Each component with an affected talk is searched on its own (placed, moves and days add up over
        // components, so their optima make the optimum), its affected talks first, then its others, each in id order.
        var components = new Dictionary<int, (List<int> Affected, List<int> Others, int Bar, bool Open)>();
        for (var t = 0; t < _n; t++)
        {
            if (affected[t])
            {
                var root = DisjointSets.Find(parent, problem.TalkLeader[t]);
                if (!components.ContainsKey(root))
                {
                    components[root] = ([], [], 0, false);
                }
            }
        }

        var placedOutside = 0;
        for (var t = 0; t < _n; t++)
        {
            var root = DisjointSets.Find(parent, problem.TalkLeader[t]);
            if (!components.TryGetValue(root, out var c))
            {
                if (_day[t] >= 0)
                {
                    placedOutside++;
                }

                continue;
            }

            (affected[t] ? c.Affected : c.Others).Add(t);
            components[root] = (c.Affected, c.Others, c.Bar + (reference is not null && reference[t] >= 0 ? 1 : 0), c.Open || reference is null);
            if (_day[t] >= 0)
            {
                Unassign(t);
            }
        }

        var result = (int[])_day.Clone();
        var placed = placedOutside;
        var complete = true;
        foreach (var root in components.Keys.Order())
        {
            var (affectedTalks, others, bar, isOpen) = components[root];
            _order = [.. affectedTalks, .. others];

            _best = (isOpen ? -1 : bar, int.MaxValue, long.MaxValue);
            _countCap = !isOpen && referenceIsMaximum ? bar : int.MaxValue;
            _bestDays = null;
            if (!isOpen)
            {
                // The reference's placement of the component is the first incumbent, one day worse than it is, so that
                // a search leaf as good still wins (the search's tie order holds) and a search stopped early keeps it.
                var (refMoves, refDays) = (0, 0L);
                _bestDays = new int[_order.Length];
                for (var i = 0; i < _order.Length; i++)
                {
                    var t = _order[i];
                    var d = reference![t];
                    var p = _previous[t];
                    _bestDays[i] = d;
                    refMoves += d != p ? 1 : 0;
                    refDays += d >= 0 && p >= 0 ? Math.Abs(d - p) : 0;
                }

                _best = (bar, refMoves, refDays + 1);
            }

            _nodes = 0;
            Search(0, 0, 0, 0L);
            _totalNodes += _nodes;
            complete &= _nodes < _nodeLimit;
            ComponentSearched?.Invoke(_order.Length, affectedTalks.Count, _nodes, _nodes < _nodeLimit);
            if (_bestDays is null)
            {
                return (null, complete);
            }

            // The component keeps its best placement while the next ones are searched (they share nothing with it).
            for (var i = 0; i < _order.Length; i++)
            {
                result[_order[i]] = _bestDays[i];
                if (_bestDays[i] >= 0)
                {
                    placed++;
                }
            }
        }

        return placed >= target ? (result, complete) : (null, complete);
    }

    private void Search(int index, int placed, int moves, long days)
    {
        if (++_nodes >= _nodeLimit)
        {
            return;
        }

        if (index == _order.Length)
        {
            Record(placed, moves, days);
            return;
        }

        switch (Bound(index, placed, moves, days))
        {
            case Outcome.Pruned:
                return;
            case Outcome.KeepAll:
                // Every remaining talk that can be placed keeps its previous day, all together: that is the subtree's optimum.
                var kept = 0;
                for (var i = index; i < _order.Length; i++)
                {
                    var t = _order[i];
                    var p = _previous[t];
                    if (p >= 0 && Allowed(t, p) && Fits(t, p))
                    {
                        Assign(t, p);
                        kept++;
                    }
                    else if (p >= 0)
                    {
                        moves++;
                    }
                }

                Record(placed + kept, moves, days);
                for (var i = index; i < _order.Length; i++)
                {
                    var t = _order[i];
                    if (_day[t] >= 0)
                    {
                        Unassign(t);
                    }
                }

                return;
        }

        var talk = _order[index];
        var prev = _previous[talk];
        foreach (var d in _values[talk])
        {
            if (_nodes >= _nodeLimit)
            {
                return;
            }

            var moved = d != prev ? 1 : 0;
            long distance = d >= 0 && prev >= 0 ? Math.Abs(d - prev) : 0;
            if (d < 0)
            {
                Search(index + 1, placed, moves + moved, days);
                continue;
            }

            if (!Fits(talk, d))
            {
                continue;
            }

            Assign(talk, d);
            Search(index + 1, placed + 1, moves + moved, days + distance);
            Unassign(talk);
        }
    }

    private enum Outcome
    {
        Pruned,
        Branch,
        KeepAll,
    }

    private void Record(int placed, int moves, long days)
    {
        if (Better(placed, moves, days))
        {
            _best = (placed, moves, days);
            _bestDays = new int[_order.Length];
            for (var i = 0; i < _order.Length; i++)
            {
                _bestDays[i] = _day[_order[i]];
            }
        }
    }

    /// <summary>
    /// Whether a completion of the node can still beat the best: lower bounds on each criterion, each valid for every
    /// completion that places as many as the count bound allows (the only ones the later criteria decide between).
    /// <list type="bullet">
    /// <item>Count: per leader, its remaining talks that still have a fitting day, capped by the room left (lesser of the
    /// week's room and its days' room, week by week) on the days those talks can still take.</item>
    /// <item>Moves: the remaining previously placed talks whose previous day no longer fits; of those whose previous day
    /// still fits, the ones that cannot all keep it (more on a leader's day or week than its room, or two on one subject's
    /// day); and, when the count must be reached exactly, the talks without a previous day that must be placed because the
    /// others are too few.</item>
    /// <item>Days: when the count must be reached exactly, a leader whose every remaining talk with a fitting day must be
    /// placed moves each of its talks whose previous day no longer fits at least to the nearest fitting day.</item>
    /// </list>
    /// </summary>
    private Outcome Bound(int index, int placed, int moves, long days)
    {
        var problem = _prepared.Problem;
        var perLeader = _perLeader;
        Array.Clear(perLeader);
        Array.Clear(_leaderShift);
        var stamp = ++_stamp;
        int keepable = 0, mustMove = 0, placeableWithPrevious = 0, movable = 0;
        var touchedLeaderDays = _touchedLeaderDays;
        var touchedSubjectDays = _touchedSubjectDays;
        touchedLeaderDays.Clear();
        touchedSubjectDays.Clear();
        for (var i = index; i < _order.Length; i++)
        {
            var t = _order[i];
            var l = problem.TalkLeader[t];
            var p = _previous[t];
            var any = false;
            var nearest = -1;
            var marks = _leaderDayMark[l];
            foreach (var d in _values[t])
            {
                if (d >= 0 && Fits(t, d))
                {
                    if (!any)
                    {
                        any = true;
                        nearest = p >= 0 ? Math.Abs(d - p) : 0;
                    }

                    marks[d - _lo] = stamp;
                }
            }

            if (!any)
            {
                if (p >= 0)
                {
                    mustMove++;
                }

                continue;
            }

            perLeader[l]++;
            if (p < 0)
            {
                movable++;
                continue;
            }

            placeableWithPrevious++;

            if (nearest == 0)
            {
                // Its previous day still fits (values start with it): count who wants to keep each leader's and subject's day.
                keepable++;
                var cell = p - _lo;
                if (_keepLeaderDay[l][cell]++ == 0)
                {
                    touchedLeaderDays.Add((l, cell));
                }

                var s = problem.TalkSubject[t];
                if (_keepSubjectDay[s][cell]++ == 0)
                {
                    touchedSubjectDays.Add((s, cell));
                }
            }
            else
            {
                mustMove++;
                movable++;
                _leaderShift[l] += nearest;
            }
        }

        // Of the talks that could keep their day, the most that can keep it together: a leader's day and week room, a subject's one talk a day.
        var subjectExcess = 0;
        foreach (var (s, cell) in touchedSubjectDays)
        {
            subjectExcess += _keepSubjectDay[s][cell] - 1;
            _keepSubjectDay[s][cell] = 0;
        }

        var leaderKeep = 0;
        _touchedLeaderWeeks.Clear();
        foreach (var (l, cell) in touchedLeaderDays)
        {
            var w = cell / 7;
            if (_keepLeaderWeek[l][w] == 0)
            {
                _touchedLeaderWeeks.Add((l, w));
            }

            _keepLeaderWeek[l][w] += Math.Min(_keepLeaderDay[l][cell], Math.Max(0, _dayCap[l][cell] - _dayLoad[l][cell]));
            _keepLeaderDay[l][cell] = 0;
        }

        foreach (var (l, w) in _touchedLeaderWeeks)
        {
            leaderKeep += Math.Min(_keepLeaderWeek[l][w], Math.Max(0, _weeklyCap[l] - _weekLoad[l][w]));
            _keepLeaderWeek[l][w] = 0;
        }

        var cannotKeep = Math.Max(keepable - leaderKeep, subjectExcess);

        // A leader places no more than the room left on the days its remaining talks can take.
        var canPlace = 0;
        var (bestPlaced, _, _) = _best;
        for (var l = 0; l < perLeader.Length; l++)
        {
            if (perLeader[l] > 0)
            {
                var room = Room(l, stamp);
                if (room < perLeader[l])
                {
                    perLeader[l] = room;
                    _leaderShift[l] = 0; // Not every talk must be placed: no days bound for this leader.
                }

                canPlace += perLeader[l];
            }
        }

        if (placed + canPlace > _countCap)
        {
            // The component's proven maximum: no completion places more, so a tie in the count is all there is.
            canPlace = _countCap - placed;
            Array.Clear(_leaderShift); // Which leader's talks must all be placed is no longer known.
        }

        if (placed + canPlace < bestPlaced)
        {
            return Outcome.Pruned;
        }

        if (movable == 0 && cannotKeep == 0)
        {
            // Only talks that can keep their previous day, all together, can still be placed: keeping them is best.
            return Outcome.KeepAll;
        }

        var moveBound = mustMove + cannotKeep;
        long dayBound = 0;
        if (placed + canPlace == bestPlaced)
        {
            // Every completion that ties places exactly canPlace more: the talks without a previous day make up what the others cannot.
            moveBound += Math.Max(0, canPlace - placeableWithPrevious);
            for (var l = 0; l < _leaderShift.Length; l++)
            {
                dayBound += _leaderShift[l];
            }
        }

        return Better(placed + canPlace, moves + moveBound, days + dayBound) ? Outcome.Branch : Outcome.Pruned;
    }

    /// <summary>The talks a leader can still take on the days marked with <paramref name="stamp"/>: over its weeks, the lesser of the week's room and its days' room.</summary>
    private int Room(int l, int stamp)
    {
        var room = 0;
        var marks = _leaderDayMark[l];
        for (var w = 0; w * 7 < _span; w++)
        {
            var days = 0;
            for (var i = w * 7; i < (w * 7) + 7 && i < _span; i++)
            {
                if (marks[i] == stamp)
                {
                    days += Math.Max(0, _dayCap[l][i] - _dayLoad[l][i]);
                }
            }

            room += Math.Min(days, Math.Max(0, _weeklyCap[l] - _weekLoad[l][w]));
        }

        return room;
    }

    /// <summary>Whether (placed, moves, days) beats the best so far: at least the target placed, then more placed, fewer moves, fewer days.</summary>
    private bool Better(int placed, int moves, long days)
    {
        var (bp, bm, bd) = _best;
        if (placed != bp)
        {
            return placed > bp;
        }

        return moves != bm ? moves < bm : days < bd;
    }

    private bool Allowed(int t, int d)
    {
        var problem = _prepared.Problem;
        return Array.BinarySearch(problem.AllowedDays, problem.AllowedStart[t], problem.AllowedStart[t + 1] - problem.AllowedStart[t], d) >= 0;
    }

    private bool Fits(int t, int d)
    {
        var problem = _prepared.Problem;
        var l = problem.TalkLeader[t];
        var i = d - _lo;
        return _dayLoad[l][i] < _dayCap[l][i]
            && _weekLoad[l][i / 7] < _weeklyCap[l]
            && _subjectDay[problem.TalkSubject[t]][i] == 0;
    }

    private void Assign(int t, int d)
    {
        var problem = _prepared.Problem;
        var l = problem.TalkLeader[t];
        var i = d - _lo;
        _day[t] = d;
        _dayLoad[l][i]++;
        _weekLoad[l][i / 7]++;
        _subjectDay[problem.TalkSubject[t]][i]++;
    }

    private void Unassign(int t)
    {
        var problem = _prepared.Problem;
        var l = problem.TalkLeader[t];
        var i = _day[t] - _lo;
        _day[t] = -1;
        _dayLoad[l][i]--;
        _weekLoad[l][i / 7]--;
        _subjectDay[problem.TalkSubject[t]][i]--;
    }
}
