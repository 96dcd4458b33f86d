using System;
using System.Buffers;
using System.Collections.Generic;

namespace TalkEngine.Scheduling.Solver;

/// <summary>
/// The exact day-level placement engine behind <see cref="DayPlacementSolver"/>. Talks are indices in a canonical
/// order (the caller sorts them), days are <see cref="DayNumbers"/> (a multiple of 7 on Mondays, so an ISO week is
/// <c>day / 7</c>).
/// <para>
/// The relaxation: per leader, a max flow talk → (subject, day) [1] → (leader, day) [day cap] → (leader, week)
/// [week cap] → sink, solved by augmenting paths over the leader's own state. It respects every rule except the
/// subjects' one-a-day rule <em>between leaders</em>, so the sum of the leaders' flows is an upper bound, and a
/// relaxed optimum without a cross-leader clash is a maximum placement. Leaders are coupled only through subjects
/// with talks of several leaders: components of leaders joined by such subjects are solved independently, one after
/// the other. A component whose relaxed optimum has a clash is solved by a depth-first branch and bound on the
/// clashes (one talk of the subject keeps the day / that talk loses the day), each node re-augmenting only the leaders
/// it touched; a conflict-free leaf reaching the bound proves the maximum.
/// </para>
/// <para>
/// Speed: leaders are numbered component by component (their rank), subjects in the order their first talk comes,
/// and talks renumbered leader by leader (earliest deadline first) with their allowed days copied together, so that
/// each component's passes read contiguous memory; the day and week slots exist for one component at a time (a
/// scratch that stays in cache, where one set for all leaders of group-100k took some 20 MB). The greedy start avoids
/// days on which the subject already has a talk of another leader (any maximum flow gives the same bound, and one
/// without clashes needs no search); an augmenting pass keeps the marks of failed searches (what a failed search
/// reached stays closed until the next augmentation); the buffers are pooled; the orders come from counting sorts.
/// The levelling pass visits only leaders with a day above one talk (a count kept by <see cref="Assign"/> and
/// <see cref="Unassign"/>) or whose talks moved, and rejects a lower limit first by Hall's condition on a window, then
/// by a max flow from the placement as it stands, before the fresh start that gives the placement (most limits are
/// rejected; the verdicts are the same). On group-100k the greedy start is already clash-free and maximum for every
/// leader, so the bound is proven without a search node.
/// </para>
/// <para>
/// Components never read each other's state, so solving them one after the other (each: greedy starts, flows,
/// search, preferences, a last fill when unproven) gives the placement that all greedy starts, then all flows, and so
/// on, would give; within a component, leaders go in index order and subjects in index order, as before.
/// </para>
/// Not thread-safe (one instance per solve).
/// </summary>
internal sealed class PlacementCore : IDisposable
{
    private readonly List<int[]> _rented = [];

    private readonly int _n;
    private readonly int[] _leader;
    private readonly int[] _subject;
    private readonly int[] _aStart;
    private readonly int[] _aDay;
    // The search's bans on (talk, allowed day) pairs, made when a component first needs the search (most never do).
    private byte[] _banned = [];
    private bool _banning;
    private readonly int _pairs;

    // Leaders by rank (component by component; inside a component in index order): caps, their talks, day and week
    // windows into the component's slots.
    private readonly int[] _dailyCap;
    private readonly int[] _weeklyCap;
    private readonly int[] _capStart;
    private readonly (int Day, int Cap)[] _caps;
    private readonly int[] _componentStart;
    private readonly int[] _lStart;
    private readonly int[] _talkOf;
    private readonly int[] _lDayMin;
    private readonly int[] _lDayBase;
    private readonly int[] _lDaySpan;
    private readonly int[] _lWeekMin;
    private readonly int[] _lWeekBase;
    private readonly int[] _flow;

    // The day and week slots of the component being solved.
    private readonly int[] _dayCap;
    private readonly int[] _dayLoad;
    private readonly int[] _dayHead;
    private readonly int[] _weekLoad;

    // Subjects (numbered in the order of their first talk): their talks, their index in the problem, whether talks of
    // several leaders share them.
    private readonly int[] _sStart;
    private readonly int[] _sTalks;
    private readonly int[] _subjectSource;
    private readonly bool[] _multi;

    // Talks: day (-1 when unplaced), links in the (leader, day) list, ring of the same (leader, subject).
    private readonly int[] _day;
    private readonly int[] _next;
    private readonly int[] _prev;
    private readonly int[] _sibling;

    // Visit stamps of one augmenting search (the day and week marks are slots of the component being solved).
    private readonly int[] _talkMark;
    private readonly int[] _dayMark;
    private readonly int[] _weekMark;
    private int _stamp;

    // The levelling pass: talks left out stay out, and the subjects' days held by other leaders are respected.
    private readonly bool[] _hold;
    private bool _respectSubjects;

    // Leaders whose talks moved after the greedy start (only theirs can move earlier).
    private readonly bool[] _moved;

    // Per leader, the days holding two talks or more (so that the levelling pass can skip leaders whose busiest day holds one).
    private readonly int[] _crowded;
    private readonly long _nodeLimit;
    private readonly bool _preferences;
    private long _nodes;

    /// <summary>A core for one solve.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="nodeLimit">The most branch-and-bound nodes for each component.</param>
    /// <param name="preferences">Whether to apply the preferences among maximum placements (spread, then early); without them the count and the proof are the same.</param>
    public PlacementCore(DayPlacementProblem problem, long nodeLimit, bool preferences = true)
    {
        _preferences = preferences;
        _n = problem.TalkCount;
        _nodeLimit = nodeLimit;
        var leaders = problem.LeaderCount;
        var subjects = problem.SubjectCount;
        var srcLeader = problem.TalkLeader;
        var srcSubject = problem.TalkSubject;
        var srcStart = problem.AllowedStart;
        var srcDay = problem.AllowedDays;

        // One pass over the talks: each talk's last allowed day (int.MaxValue when it has none), each leader's talks
        // and first and last allowed day, and the components of leaders joined by subjects with talks of several.
        var lastOf = Rent(_n, false);
        var subjectLeader = Rent(subjects, false);
        subjectLeader.AsSpan(0, subjects).Fill(-1);
        var multiSource = new bool[subjects];
        var parent = new int[leaders];
        var talks = new int[leaders];
        var leaderLo = new int[leaders];
        var leaderHi = new int[leaders];
        for (var l = 0; l < leaders; l++)
        {
            parent[l] = l;
            leaderLo[l] = int.MaxValue;
            leaderHi[l] = int.MinValue;
        }

        for (var t = 0; t < _n; t++)
        {
            var l = srcLeader[t];
            talks[l]++;
            var from = srcStart[t];
            var to = srcStart[t + 1];
            if (to > from)
            {
                var last = srcDay[to - 1];
                lastOf[t] = last;
                leaderLo[l] = Math.Min(leaderLo[l], srcDay[from]);
                leaderHi[l] = Math.Max(leaderHi[l], last);
            }
            else
            {
                lastOf[t] = int.MaxValue;
            }

            var s = srcSubject[t];
            var first = subjectLeader[s];
            if (first < 0)
            {
                subjectLeader[s] = l;
            }
            else if (first != l)
            {
                multiSource[s] = true;
                DisjointSets.Union(parent, first, l);
            }
        }

        // Ranks: leaders by component (components by their smallest leader), inside a component in index order.
        var rootOf = new int[leaders];
        var rootStart = new int[leaders + 1];
        for (var l = 0; l < leaders; l++)
        {
            rootOf[l] = DisjointSets.Find(parent, l);
            rootStart[rootOf[l] + 1]++;
        }

        var components = 0;
        for (var l = 0; l < leaders; l++)
        {
            if (rootStart[l + 1] > 0)
            {
                components++;
            }

            rootStart[l + 1] += rootStart[l];
        }

        _componentStart = new int[components + 1];
        for (int l = 0, c = 0; l < leaders; l++)
        {
            if (rootStart[l + 1] > rootStart[l])
            {
                _componentStart[c++] = rootStart[l];
            }
        }

        _componentStart[components] = leaders;
        var rank = new int[leaders];
        var rankLeader = new int[leaders];
        for (var l = 0; l < leaders; l++)
        {
            rank[l] = rootStart[rootOf[l]]++;
            rankLeader[rank[l]] = l;
        }

        _lStart = new int[leaders + 1];
        _dailyCap = new int[leaders];
        _weeklyCap = new int[leaders];
        for (var r = 0; r < leaders; r++)
        {
            var l = rankLeader[r];
            _lStart[r + 1] = _lStart[r] + talks[l];
            _dailyCap[r] = problem.DailyCap[l];
            _weeklyCap[r] = problem.WeeklyCap[l];
        }

        var order = Rent(_n, false);
        Order(srcLeader, rank, lastOf, order);

        // Renumbering: talks by position, subjects in the order their first talk comes.
        _talkOf = Rent(_n, false);
        _leader = Rent(_n, false);
        _subject = Rent(_n, false);
        _aStart = Rent(_n + 1, false);
        _aDay = Rent(srcDay.Length, false);
        var subjectId = subjectLeader;
        subjectId.AsSpan(0, subjects).Fill(-1);
        _subjectSource = new int[subjects];
        _multi = new bool[subjects];
        _sStart = new int[subjects + 1];
        var subjectCount = 0;
        var pos = 0;
        var position = Rent(_n, false);
        for (var i = 0; i < _n; i++)
        {
            var t = order[i];
            _talkOf[i] = t;
            position[t] = i;
            _leader[i] = rank[srcLeader[t]];
            var s = srcSubject[t];
            var id = subjectId[s];
            if (id < 0)
            {
                subjectId[s] = id = subjectCount++;
                _subjectSource[id] = s;
                _multi[id] = multiSource[s];
            }

            _subject[i] = id;
            _sStart[id + 1]++;
            _aStart[i] = pos;
            pos += srcStart[t + 1] - srcStart[t];
        }

        _aStart[_n] = pos;

        // The days in the source's order (reads in sequence, each talk's days written to its new place).
        for (var t = 0; t < _n; t++)
        {
            srcDay.AsSpan(srcStart[t], srcStart[t + 1] - srcStart[t]).CopyTo(_aDay.AsSpan(_aStart[position[t]]));
        }

        _pairs = srcDay.Length;

        for (var s = 0; s < subjects; s++)
        {
            _sStart[s + 1] += _sStart[s];
        }

        // Subjects are numbered in position order, so their talks are filled in sequence.
        _sTalks = Rent(_n, false);
        var sFill = Rent(subjects, false);
        _sStart.AsSpan(0, subjects).CopyTo(sFill);
        for (var t = 0; t < _n; t++)
        {
            _sTalks[sFill[_subject[t]]++] = t;
        }

        // Rings of talks sharing a leader and a subject (the subject's talks in position order).
        _sibling = Rent(_n, false);
        for (var t = 0; t < _n; t++)
        {
            _sibling[t] = t;
        }

        for (var s = 0; s < subjectCount; s++)
        {
            if (!_multi[s])
            {
                // All of one leader: one ring.
                var from = _sStart[s];
                var to = _sStart[s + 1];
                for (var i = from; i + 1 < to; i++)
                {
                    _sibling[_sTalks[i]] = _sTalks[i + 1];
                }

                _sibling[_sTalks[to - 1]] = _sTalks[from];
                continue;
            }

            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var t = _sTalks[i];
                if (_sibling[t] != t)
                {
                    continue;
                }

                var last = t;
                for (var j = i + 1; j < _sStart[s + 1]; j++)
                {
                    var u = _sTalks[j];
                    if (_leader[u] == _leader[t])
                    {
                        _sibling[last] = u;
                        last = u;
                    }
                }

                _sibling[last] = t;
            }
        }

        // Day and week windows (whole weeks, so that a week's seven days are always inside the leader's window),
        // placed one after the other inside their component's slots.
        _lDayMin = new int[leaders];
        _lDayBase = new int[leaders];
        _lDaySpan = new int[leaders];
        _lWeekMin = new int[leaders];
        _lWeekBase = new int[leaders];
        long dayMax = 0, weekMax = 0;
        for (var c = 0; c < components; c++)
        {
            long dayTotal = 0, weekTotal = 0;
            for (var r = _componentStart[c]; r < _componentStart[c + 1]; r++)
            {
                var l = rankLeader[r];
                int lo = leaderLo[l], hi = leaderHi[l];
                if (lo > hi)
                {
                    lo = 0;
                    _lDaySpan[r] = 0;
                }
                else
                {
                    lo -= lo % 7;
                    hi += 6 - (hi % 7);
                    _lDaySpan[r] = hi - lo + 1;
                }

                _lDayMin[r] = lo;
                _lWeekMin[r] = lo / 7;
                _lDayBase[r] = (int)dayTotal;
                _lWeekBase[r] = (int)weekTotal;
                dayTotal += _lDaySpan[r];
                weekTotal += _lDaySpan[r] / 7;
                if (dayTotal > int.MaxValue / 2)
                {
                    throw new InvalidOperationException("The leaders' day windows are too large to schedule at once.");
                }
            }

            dayMax = Math.Max(dayMax, dayTotal);
            weekMax = Math.Max(weekMax, weekTotal);
        }

        // The day caps, by leader's rank.
        _capStart = new int[leaders + 1];
        _caps = new (int Day, int Cap)[problem.DayCaps.Count];
        foreach (var (leader, _, _) in problem.DayCaps)
        {
            _capStart[rank[leader] + 1]++;
        }

        for (var r = 0; r < leaders; r++)
        {
            _capStart[r + 1] += _capStart[r];
        }

        var capFill = (int[])_capStart.Clone();
        foreach (var (leader, day, cap) in problem.DayCaps)
        {
            _caps[capFill[rank[leader]]++] = (day, cap);
        }

        _dayCap = Rent((int)dayMax, false);
        _dayLoad = Rent((int)dayMax, false);
        _dayHead = Rent((int)dayMax, false);
        _dayMark = Rent((int)dayMax, false);
        _weekLoad = Rent((int)weekMax, false);
        _weekMark = Rent((int)weekMax, false);
        _flow = new int[leaders];
        _crowded = new int[leaders];
        _moved = new bool[leaders];
        _hold = new bool[_n];
        _day = Rent(_n, false);
        _day.AsSpan(0, _n).Fill(-1);
        _next = Rent(_n, false);
        _prev = Rent(_n, false);
        _talkMark = Rent(_n, true);
    }

    /// <summary>
    /// The talks by leader's rank, then last allowed day (earliest deadline first; talks without a day last), then
    /// canonical index: two stable counting sorts (by last day, then by rank) when the days span a small range, else a
    /// sort of each leader's keys.
    /// </summary>
    private void Order(int[] srcLeader, int[] rank, int[] lastOf, int[] order)
    {
        int lo = int.MaxValue, hi = int.MinValue;
        for (var t = 0; t < _n; t++)
        {
            var last = lastOf[t];
            if (last != int.MaxValue)
            {
                lo = Math.Min(lo, last);
                hi = Math.Max(hi, last);
            }
        }

        var lFill = (int[])_lStart.Clone();
        var range = lo <= hi ? (long)hi - lo + 2 : 1;
        if (range <= (4L * _n) + 1024)
        {
            // Bucket r holds the talks whose last day is lo + r; the last bucket those without a day.
            var bucket = Rent((int)range + 1, true);
            for (var t = 0; t < _n; t++)
            {
                var r = lastOf[t] != int.MaxValue ? lastOf[t] - lo : (int)range - 1;
                lastOf[t] = r;
                bucket[r + 1]++;
            }

            for (var r = 0; r < range; r++)
            {
                bucket[r + 1] += bucket[r];
            }

            var byLast = Rent(_n, false);
            for (var t = 0; t < _n; t++)
            {
                byLast[bucket[lastOf[t]]++] = t;
            }

            for (var i = 0; i < _n; i++)
            {
                var t = byLast[i];
                order[lFill[rank[srcLeader[t]]]++] = t;
            }

            return;
        }

        var keys = ArrayPool<long>.Shared.Rent(Math.Max(1, _n));
        for (var t = 0; t < _n; t++)
        {
            keys[lFill[rank[srcLeader[t]]]++] = ((long)lastOf[t] << 32) | (uint)t;
        }

        for (var r = 0; r + 1 < _lStart.Length; r++)
        {
            Array.Sort(keys, _lStart[r], _lStart[r + 1] - _lStart[r]);
        }

        for (var i = 0; i < _n; i++)
        {
            order[i] = (int)(uint)keys[i];
        }

        ArrayPool<long>.Shared.Return(keys);
    }

    /// <summary>Gives the pooled buffers back (repeated solves reuse them).</summary>
    public void Dispose()
    {
        foreach (var array in _rented)
        {
            ArrayPool<int>.Shared.Return(array);
        }

        _rented.Clear();
        if (_banning)
        {
            ArrayPool<byte>.Shared.Return(_banned);
            _banning = false;
        }
    }

    private int[] Rent(int length, bool clear)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        if (clear)
        {
            array.AsSpan(0, length).Clear();
        }

        _rented.Add(array);
        return array;
    }

    /// <summary>The day of each talk by its canonical index (-1 when unplaced).</summary>
    public int[] Days
    {
        get
        {
            var days = new int[_n];
            for (var i = 0; i < _n; i++)
            {
                days[_talkOf[i]] = _day[i];
            }

            return days;
        }
    }

    public long Nodes => _nodes;

    /// <summary>Solves: returns the upper bound, leaves the best placement found in <see cref="Days"/>.</summary>
    public (int Placed, int UpperBound, bool Proven) Solve()
    {
        int placed = 0, bound = 0;
        var proven = true;
        var saved = new int[16];
        var caps = new int[64];
        for (var c = 0; c + 1 < _componentStart.Length; c++)
        {
            var (compPlaced, compBound, compProven) = SolveComponent(_componentStart[c], _componentStart[c + 1], ref saved, ref caps);
            placed += compPlaced;
            bound += compBound;
            proven &= compProven;
        }

        return (placed, bound, proven && placed == bound);
    }

    /// <summary>
    /// One component (leaders of ranks <paramref name="from"/> to <paramref name="to"/>): its slots, the greedy starts,
    /// the flows made maximum, the search when subjects clash, the preferences, and a last fill when unproven.
    /// </summary>
    private (int Placed, int Bound, bool Proven) SolveComponent(int from, int to, ref int[] saved, ref int[] caps)
    {
        for (var l = from; l < to; l++)
        {
            InitSlots(l);
        }

        for (var l = from; l < to; l++)
        {
            Greedy(l);
        }

        for (var l = from; l < to; l++)
        {
            Reflow(l);
        }

        var bound = 0;
        for (var l = from; l < to; l++)
        {
            bound += _flow[l];
        }

        // A clash (two talks of a subject on one day) needs the search; without one the flows are a maximum placement.
        // The greedy starts never make one, so only a component whose flows moved a talk can hold one.
        var proven = true;
        var moved = false;
        for (var l = from; l < to; l++)
        {
            moved |= _moved[l];
        }

        if (moved && HasClash(_lStart[from], _lStart[to]))
        {
            var (best, rootBound, compProven) = BranchAndBound(ComponentOf(from, to));
            proven = compProven;
            if (compProven)
            {
                bound -= rootBound - best;
            }
        }

        if (_preferences)
        {
            for (var l = from; l < to; l++)
            {
                Polish(l, ref saved, ref caps);
            }
        }

        var placed = 0;
        for (var l = from; l < to; l++)
        {
            placed += _flow[l];
        }

        // Moving talks earlier can free a later day; an unproven placement takes what now fits (a maximum never gains).
        if (!proven || placed < bound)
        {
            for (var t = _lStart[from]; t < _lStart[to]; t++)
            {
                for (var i = _aStart[t]; _day[t] < 0 && i < _aStart[t + 1]; i++)
                {
                    if (Fits(t, _aDay[i]))
                    {
                        Assign(t, _aDay[i]);
                        placed++;
                    }
                }
            }
        }

        return (placed, bound, proven);
    }

    /// <summary>Whether two talks of a subject hold one day, among the talks at positions <paramref name="from"/> to <paramref name="to"/> (the flows never put two talks of a leader and a subject on one day).</summary>
    private bool HasClash(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var d = _day[t];
            var s = _subject[t];
            if (d < 0 || !_multi[s])
            {
                continue;
            }

            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var o = _sTalks[i];
                if (o != t && _day[o] == d)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The leaders of ranks <paramref name="from"/> to <paramref name="to"/> and their subjects with talks of several leaders, in index order (the search's order).</summary>
    private Component ComponentOf(int from, int to)
    {
        var leaders = new List<int>(to - from);
        for (var l = from; l < to; l++)
        {
            leaders.Add(l);
        }

        var keys = new List<long>();
        for (var t = _lStart[from]; t < _lStart[to]; t++)
        {
            var s = _subject[t];
            if (_multi[s] && _sTalks[_sStart[s]] == t)
            {
                keys.Add(((long)_subjectSource[s] << 32) | (uint)s);
            }
        }

        keys.Sort();
        var subjects = new List<int>(keys.Count);
        foreach (var key in keys)
        {
            subjects.Add((int)(uint)key);
        }

        return new Component(leaders, subjects);
    }

    /// <summary>Sets a leader's day slots (its daily cap, lowered by the day caps; empty) and week slots.</summary>
    private void InitSlots(int l)
    {
        var first = _lDayBase[l];
        var span = _lDaySpan[l];
        _dayCap.AsSpan(first, span).Fill(_dailyCap[l]);
        _dayLoad.AsSpan(first, span).Clear();
        _dayHead.AsSpan(first, span).Fill(-1);
        _dayMark.AsSpan(first, span).Clear();
        _weekLoad.AsSpan(_lWeekBase[l], span / 7).Clear();
        _weekMark.AsSpan(_lWeekBase[l], span / 7).Clear();
        for (var i = _capStart[l]; i < _capStart[l + 1]; i++)
        {
            var slot = _caps[i].Day - _lDayMin[l];
            if ((uint)slot < (uint)span)
            {
                _dayCap[first + slot] = Math.Min(_dayCap[first + slot], _caps[i].Cap);
            }
        }
    }

    private sealed class Component(List<int> leaders, List<int> subjects)
    {
        public List<int> Leaders { get; } = leaders;

        public List<int> Subjects { get; } = subjects;

        public int Bound(int[] flow)
        {
            var sum = 0;
            foreach (var l in Leaders)
            {
                sum += flow[l];
            }

            return sum;
        }
    }

    private int _best;
    private int _rootBound;
    private bool _aborted;
    private int[] _bestDays = [];

    /// <summary>Branch and bound on one component; leaves its best placement in the state (the relaxed root state is kept for <see cref="Component.Bound"/>).</summary>
    private (int Best, int RootBound, bool Proven) BranchAndBound(Component comp)
    {
        if (!_banning)
        {
            _banned = ArrayPool<byte>.Shared.Rent(Math.Max(1, _pairs));
            _banned.AsSpan(0, _pairs).Clear();
            _banning = true;
        }

        var talks = new List<int>();
        foreach (var l in comp.Leaders)
        {
            for (var t = _lStart[l]; t < _lStart[l + 1]; t++)
            {
                talks.Add(t);
            }
        }

        _rootBound = comp.Bound(_flow);
        var rootDays = new int[talks.Count];
        for (var i = 0; i < talks.Count; i++)
        {
            rootDays[i] = _day[talks[i]];
        }

        // A feasible incumbent: drop the clashing talks, then fill greedily.
        Repair(comp, talks);
        _best = comp.Bound(_flow);
        _bestDays = new int[talks.Count];
        for (var i = 0; i < talks.Count; i++)
        {
            _bestDays[i] = _day[talks[i]];
        }

        _aborted = false;
        if (_best < _rootBound)
        {
            Load(comp, talks, rootDays);
            var budget = _nodes + _nodeLimit;
            Search(comp, talks, budget);
        }

        var proven = !_aborted || _best == _rootBound;
        Load(comp, talks, _bestDays);
        return (_best, _rootBound, proven);
    }

    private void Search(Component comp, List<int> talks, long budget)
    {
        if (_aborted)
        {
            return;
        }

        if (++_nodes > budget)
        {
            _aborted = true;
            return;
        }

        var bound = comp.Bound(_flow);
        if (bound <= _best)
        {
            return;
        }

        if (!FindClash(comp, out var subject, out var day, out var keeper))
        {
            _best = bound;
            for (var i = 0; i < talks.Count; i++)
            {
                _bestDays[i] = _day[talks[i]];
            }

            return;
        }

        // Child 1: the keeper may hold the day, no other talk of the subject may.
        var banned = new List<(int Talk, int Pair)>();
        for (var i = _sStart[subject]; i < _sStart[subject + 1]; i++)
        {
            var o = _sTalks[i];
            if (o == keeper)
            {
                continue;
            }

            var pair = PairOf(o, day);
            if (pair >= 0 && _banned[pair] == 0)
            {
                banned.Add((o, pair));
                Ban(o, pair);
            }
        }

        Search(comp, talks, budget);
        foreach (var (_, pair) in banned)
        {
            _banned[pair] = 0;
        }

        foreach (var (talk, _) in banned)
        {
            Reflow(_leader[talk]);
        }

        if (_aborted || _best == _rootBound)
        {
            return;
        }

        // Child 2: the keeper loses the day.
        var own = PairOf(keeper, day);
        Ban(keeper, own);
        Search(comp, talks, budget);
        _banned[own] = 0;
        Reflow(_leader[keeper]);
    }

    private int PairOf(int talk, int day)
    {
        var i = Array.BinarySearch(_aDay, _aStart[talk], _aStart[talk + 1] - _aStart[talk], day);
        return i >= 0 ? i : -1;
    }

    private void Ban(int talk, int pair)
    {
        _banned[pair] = 1;
        if (_day[talk] == _aDay[pair])
        {
            Unassign(talk);
            Reflow(_leader[talk]);
        }
    }

    /// <summary>The first clash between leaders: a subject with two talks on one day (deterministic: subjects in order, then days, then talks).</summary>
    private bool FindClash(Component comp, out int subject, out int day, out int keeper)
    {
        foreach (var s in comp.Subjects)
        {
            int bestDay = int.MaxValue, bestKeeper = -1;
            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var t = _sTalks[i];
                var d = _day[t];
                if (d < 0 || d >= bestDay)
                {
                    continue;
                }

                for (var j = i + 1; j < _sStart[s + 1]; j++)
                {
                    if (_day[_sTalks[j]] == d)
                    {
                        bestDay = d;
                        bestKeeper = t;
                        break;
                    }
                }
            }

            if (bestKeeper >= 0)
            {
                subject = s;
                day = bestDay;
                keeper = bestKeeper;
                return true;
            }
        }

        subject = day = keeper = -1;
        return false;
    }

    /// <summary>Makes the component feasible (later talks of a clash give way), then places what fits greedily, earliest day first.</summary>
    private void Repair(Component comp, List<int> talks)
    {
        foreach (var s in comp.Subjects)
        {
            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var t = _sTalks[i];
                if (_day[t] < 0)
                {
                    continue;
                }

                for (var j = _sStart[s]; j < i; j++)
                {
                    if (_day[_sTalks[j]] == _day[t])
                    {
                        Unassign(t);
                        break;
                    }
                }
            }
        }

        foreach (var t in talks)
        {
            if (_day[t] >= 0)
            {
                continue;
            }

            for (var i = _aStart[t]; i < _aStart[t + 1]; i++)
            {
                if (_banned[i] == 0 && Fits(t, _aDay[i]))
                {
                    Assign(t, _aDay[i]);
                    break;
                }
            }
        }
    }

    /// <summary>Whether a talk can be added on a day without breaking any rule (subjects across leaders included).</summary>
    private bool Fits(int t, int d)
    {
        var l = _leader[t];
        var slot = _lDayBase[l] + d - _lDayMin[l];
        if (_dayLoad[slot] >= _dayCap[slot])
        {
            return false;
        }

        if (_weekLoad[_lWeekBase[l] + (d / 7) - _lWeekMin[l]] >= _weeklyCap[l] && (_day[t] < 0 || _day[t] / 7 != d / 7))
        {
            return false;
        }

        var s = _subject[t];
        for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
        {
            var o = _sTalks[i];
            if (o != t && _day[o] == d)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The preferences among maximum placements for one leader (leaders in index order, each seeing the days the
    /// leaders before it settled): first the lowest daily peak (<see cref="Level"/>), then each talk on its earliest
    /// allowed day that still fits (<see cref="PreferEarly"/>). Neither changes the number placed.
    /// </summary>
    private void Polish(int l, ref int[] saved, ref int[] caps)
    {
        if (_crowded[l] == 0 && !_moved[l])
        {
            return;
        }

        var peak = 0;
        foreach (var load in _dayLoad.AsSpan(_lDayBase[l], _lDaySpan[l]))
        {
            peak = Math.Max(peak, load);
        }

        Level(l, peak, ref saved, ref caps);
    }

    /// <summary>
    /// Spreads a leader's talks: the smallest limit k of talks a day (below its busiest day now) at which every talk
    /// placed now still fits, the others' days fixed; the talks then take their earliest days under that limit (or
    /// under the busiest day now, when no lower limit fits). The same talks stay placed (the ones left out are held
    /// out), so the count never changes.
    /// </summary>
    private void Level(int l, int peak, ref int[] saved, ref int[] caps)
    {
        var first = _lStart[l];
        var count = _lStart[l + 1] - first;
        var placed = _flow[l];
        if (saved.Length < count)
        {
            saved = new int[Math.Max(count, saved.Length * 2)];
        }

        var span = _lDaySpan[l];
        if (caps.Length < span)
        {
            caps = new int[Math.Max(span, caps.Length * 2)];
        }

        for (var i = 0; i < count; i++)
        {
            saved[i] = _day[first + i];
            _hold[first + i] = saved[i] < 0;
        }

        _dayCap.AsSpan(_lDayBase[l], span).CopyTo(caps);
        _respectSubjects = true;
        var limit = peak;
        var trial = false;
        for (var k = 1; k < peak; k++)
        {
            SetLimit(l, caps, k);
            if (!Feasible(l, first, count, k, placed, ref trial))
            {
                continue;
            }

            if (trial)
            {
                // The placement the trial left is not the one the fresh start below finds: back to the saved one.
                Restore(first, count, saved);
                trial = false;
            }

            for (var t = first; t < first + count; t++)
            {
                if (_day[t] >= 0)
                {
                    Unassign(t);
                }
            }

            Greedy(l);
            if (_flow[l] < placed)
            {
                Reflow(l);
            }

            if (_flow[l] == placed)
            {
                limit = k;
                break;
            }
        }

        if (limit == peak && peak > 1)
        {
            // No lower limit fits: back to the placement as it was.
            Restore(first, count, saved);
        }

        SetLimit(l, caps, Math.Max(1, limit));
        PreferEarly(l);
        caps.AsSpan(0, span).CopyTo(_dayCap.AsSpan(_lDayBase[l], span));
        _respectSubjects = false;
        for (var t = first; t < first + count; t++)
        {
            _hold[t] = false;
        }
    }

    /// <summary>
    /// Whether every talk placed now still fits under the limit (the max flow from the placement as it stands: the
    /// talks on days above the limit are taken off and the leader's flow made maximum again). The fresh start in
    /// <see cref="Level"/> reaches the same maximum, so a limit this rejects needs no fresh start; most are rejected.
    /// </summary>
    private bool Feasible(int l, int first, int count, int limit, int placed, ref bool trial)
    {
        for (var t = first; t < first + count; t++)
        {
            var d = _day[t];
            if (d >= 0 && _dayLoad[_lDayBase[l] + d - _lDayMin[l]] > limit)
            {
                Unassign(t);
            }
        }

        if (_flow[l] == placed)
        {
            return true;
        }

        trial = true;
        if (HallViolated(l, first, count))
        {
            return false;
        }

        Reflow(l);
        return _flow[l] == placed;
    }

    /// <summary>
    /// Whether some talk taken off has a window whose days cannot hold the talks that must lie inside it: the talks to
    /// place (not held out) whose allowed days all fall between its first and last allowed day outnumber the room
    /// (under the current caps) on the days those talks allow. A cheap proof that no max flow places them all.
    /// </summary>
    private bool HallViolated(int l, int first, int count)
    {
        var dayBase = _lDayBase[l] - _lDayMin[l];
        for (var u = first; u < first + count; u++)
        {
            if (_day[u] >= 0 || _hold[u] || _aStart[u + 1] == _aStart[u])
            {
                continue;
            }

            var lo = _aDay[_aStart[u]];
            var hi = _aDay[_aStart[u + 1] - 1];
            var need = 0;
            var room = 0;
            _stamp++;
            for (var v = first; v < first + count; v++)
            {
                var from = _aStart[v];
                var to = _aStart[v + 1];
                if (_hold[v] || from == to || _aDay[from] < lo || _aDay[to - 1] > hi)
                {
                    continue;
                }

                need++;
                for (var a = from; a < to; a++)
                {
                    var slot = dayBase + _aDay[a];
                    if (_dayMark[slot] != _stamp)
                    {
                        _dayMark[slot] = _stamp;
                        room += _dayCap[slot];
                    }
                }
            }

            if (need > room)
            {
                return true;
            }
        }

        return false;
    }

    private void Restore(int first, int count, int[] saved)
    {
        for (var t = first; t < first + count; t++)
        {
            if (_day[t] >= 0)
            {
                Unassign(t);
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (saved[i] >= 0)
            {
                Assign(first + i, saved[i]);
            }
        }
    }

    private void SetLimit(int l, int[] caps, int limit)
    {
        var span = _lDaySpan[l];
        var slots = _dayCap.AsSpan(_lDayBase[l], span);
        for (var i = 0; i < span; i++)
        {
            slots[i] = Math.Min(caps[i], limit);
        }
    }

    /// <summary>Whether a talk of the subject with another leader holds the day.</summary>
    private bool OtherLeaderOn(int t, int d)
    {
        var s = _subject[t];
        var l = _leader[t];
        for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
        {
            var o = _sTalks[i];
            if (_leader[o] != l && _day[o] == d)
            {
                return true;
            }
        }

        return false;
    }

    private long[] _keys = new long[16];

    /// <summary>Moves each placed talk of a leader to its earliest allowed day that still fits (by day, then position), which keeps the count.</summary>
    private void PreferEarly(int l)
    {
        var first = _lStart[l];
        var count = _lStart[l + 1] - first;
        if (_keys.Length < count)
        {
            _keys = new long[Math.Max(count, _keys.Length * 2)];
        }

        var keys = _keys;
        var placed = 0;
        for (var t = first; t < first + count; t++)
        {
            if (_day[t] >= 0)
            {
                keys[placed++] = ((long)_day[t] << 32) | (uint)t;
            }
        }

        Array.Sort(keys, 0, placed);

        // Fits, with the leader's windows held in locals (as in Greedy): a talk that moves within its week needs no
        // room in the week.
        var span = _lDaySpan[l];
        var dayLoad = _dayLoad.AsSpan(_lDayBase[l], span);
        var dayCap = _dayCap.AsSpan(_lDayBase[l], span);
        var weekLoad = _weekLoad.AsSpan(_lWeekBase[l], span / 7);
        var dayMin = _lDayMin[l];
        var weekMin = _lWeekMin[l];
        var weeklyCap = _weeklyCap[l];
        for (var k = 0; k < placed; k++)
        {
            var t = (int)(uint)keys[k];
            var current = _day[t];
            var week = current / 7;
            var multi = _multi[_subject[t]];
            for (var i = _aStart[t]; i < _aStart[t + 1] && _aDay[i] < current; i++)
            {
                var d = _aDay[i];
                if (dayLoad[d - dayMin] >= dayCap[d - dayMin]
                    || (d / 7 != week && weekLoad[(d / 7) - weekMin] >= weeklyCap)
                    || (multi ? SubjectBusy(t, d) : SiblingOn(t, d)))
                {
                    continue;
                }

                Assign(t, d);
                break;
            }
        }
    }

    private void Load(Component comp, List<int> talks, int[] days)
    {
        foreach (var t in talks)
        {
            if (_day[t] >= 0)
            {
                Unassign(t);
            }
        }

        for (var i = 0; i < talks.Count; i++)
        {
            if (days[i] >= 0)
            {
                Assign(talks[i], days[i]);
            }
        }
    }

    /// <summary>
    /// Makes the leader's flow maximum under the current bans: one augmenting search from each unplaced talk. One pass
    /// suffices: the nodes reachable from a talk that has no augmenting path form a closed set no later augmenting path
    /// can touch (a path entering it could not reach the sink), so that talk never gains one.
    /// </summary>
    private void Reflow(int l)
    {
        // Marks survive a failed search: what it reached stays closed and without room for the rest of the pass, so
        // later searches skip it (only an augmentation changes the residual graph).
        _stamp++;
        for (var t = _lStart[l]; t < _lStart[l + 1]; t++)
        {
            if (_day[t] < 0 && !_hold[t] && _aStart[t + 1] > _aStart[t] && VisitTalk(t))
            {
                _stamp++;
                _moved[l] = true;
            }
        }
    }

    /// <summary>
    /// Earliest deadline first inside one leader: each talk, by last allowed day, on its first day the leader has no
    /// talk on yet, else on its first day with room; never on a day its subject already has (a start for
    /// <see cref="Reflow"/>, which makes it maximum).
    /// </summary>
    private void Greedy(int l)
    {
        // Each talk on its first day the leader has none on yet (a spread start, so that the levelling pass rarely
        // has work), else on its first day with room. The leader's windows are held in locals and spans: the calls
        // in the loop would otherwise make the JIT reload every field and index check on each allowed day.
        var days = _aDay;
        var span = _lDaySpan[l];
        var dayLoad = _dayLoad.AsSpan(_lDayBase[l], span);
        var dayCap = _dayCap.AsSpan(_lDayBase[l], span);
        var weekLoad = _weekLoad.AsSpan(_lWeekBase[l], span / 7);
        var dayMin = _lDayMin[l];
        var weekMin = _lWeekMin[l];
        var weeklyCap = _weeklyCap[l];
        for (var t = _lStart[l]; t < _lStart[l + 1]; t++)
        {
            if (_day[t] >= 0 || _hold[t])
            {
                continue;
            }

            // First the earliest day with room; when it already holds a talk, the earliest empty day after it (a
            // tight scan over loads first, the week and the subject checked only on empty days).
            var multi = _multi[_subject[t]];
            var fallback = -1;
            var end = _aStart[t + 1];
            var a = _aStart[t];
            for (; a < end; a++)
            {
                var d = days[a];
                var load = dayLoad[d - dayMin];
                if (load >= dayCap[d - dayMin] || weekLoad[(int)((uint)d / 7) - weekMin] >= weeklyCap || (multi ? SubjectBusy(t, d) : SiblingOn(t, d)))
                {
                    continue;
                }

                fallback = d;
                a = load == 0 ? end : a + 1;
                break;
            }

            for (; a < end; a++)
            {
                var d = days[a];
                if (dayLoad[d - dayMin] != 0 || dayCap[d - dayMin] == 0 || weekLoad[(int)((uint)d / 7) - weekMin] >= weeklyCap || (multi ? SubjectBusy(t, d) : SiblingOn(t, d)))
                {
                    continue;
                }

                fallback = d;
                break;
            }

            if (fallback >= 0)
            {
                Assign(t, fallback);
            }
        }
    }

    /// <summary>Whether another talk of the same leader and subject holds the day.</summary>
    private bool SiblingOn(int t, int d)
    {
        var o = _sibling[t];
        while (o != t && _day[o] != d)
        {
            o = _sibling[o];
        }

        return o != t;
    }

    /// <summary>Whether another talk of the subject (any leader) holds the day.</summary>
    private bool SubjectBusy(int t, int d)
    {
        var s = _subject[t];
        for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
        {
            var o = _sTalks[i];
            if (o != t && _day[o] == d)
            {
                return true;
            }
        }

        return false;
    }

    private bool VisitTalk(int t)
    {
        _talkMark[t] = _stamp;
        var l = _leader[t];
        var current = _day[t];
        var slotBase = _lDayBase[l] - _lDayMin[l];
        var siblings = _sibling[t] != t;
        var subjects = _respectSubjects && _multi[_subject[t]];
        for (var i = _aStart[t]; i < _aStart[t + 1]; i++)
        {
            var d = _aDay[i];
            if (d == current || (_banning && _banned[i] != 0))
            {
                continue;
            }

            if (subjects && OtherLeaderOn(t, d))
            {
                continue;
            }

            if (siblings)
            {
                // (subject, day) already held by a talk of the same leader: that one must move.
                var o = _sibling[t];
                while (o != t && _day[o] != d)
                {
                    o = _sibling[o];
                }

                if (o != t)
                {
                    if (_talkMark[o] != _stamp && VisitTalk(o))
                    {
                        Assign(t, d);
                        return true;
                    }

                    continue;
                }
            }

            var slot = slotBase + d;
            if (_dayMark[slot] != _stamp && ReachDay(l, d, slot))
            {
                Assign(t, d);
                return true;
            }
        }

        return false;
    }

    private bool ReachDay(int l, int d, int slot)
    {
        _dayMark[slot] = _stamp;
        if (_dayLoad[slot] < _dayCap[slot] && ReachWeek(l, d / 7))
        {
            return true;
        }

        for (var o = _dayHead[slot]; o >= 0; o = _next[o])
        {
            if (_talkMark[o] != _stamp && VisitTalk(o))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReachWeek(int l, int week)
    {
        var wslot = _lWeekBase[l] + week - _lWeekMin[l];
        if (_weekMark[wslot] == _stamp)
        {
            return false;
        }

        _weekMark[wslot] = _stamp;
        if (_weekLoad[wslot] < _weeklyCap[l])
        {
            return true;
        }

        var first = _lDayBase[l] + (week * 7) - _lDayMin[l];
        for (var slot = first; slot < first + 7; slot++)
        {
            if (_dayLoad[slot] == 0 || _dayMark[slot] == _stamp)
            {
                continue;
            }

            _dayMark[slot] = _stamp;
            for (var o = _dayHead[slot]; o >= 0; o = _next[o])
            {
                if (_talkMark[o] != _stamp && VisitTalk(o))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Assign(int t, int d)
    {
        if (_day[t] >= 0)
        {
            Unassign(t);
        }

        var l = _leader[t];
        var slot = _lDayBase[l] + d - _lDayMin[l];
        _day[t] = d;
        if (++_dayLoad[slot] == 2)
        {
            _crowded[l]++;
        }

        _weekLoad[_lWeekBase[l] + (d / 7) - _lWeekMin[l]]++;
        _flow[l]++;
        var head = _dayHead[slot];
        _next[t] = head;
        _prev[t] = -1;
        if (head >= 0)
        {
            _prev[head] = t;
        }

        _dayHead[slot] = t;
    }

    private void Unassign(int t)
    {
        var d = _day[t];
        var l = _leader[t];
        var slot = _lDayBase[l] + d - _lDayMin[l];
        _moved[l] = true;
        _day[t] = -1;
        if (_dayLoad[slot]-- == 2)
        {
            _crowded[l]--;
        }

        _weekLoad[_lWeekBase[l] + (d / 7) - _lWeekMin[l]]--;
        _flow[l]--;
        if (_prev[t] >= 0)
        {
            _next[_prev[t]] = _next[t];
        }
        else
        {
            _dayHead[slot] = _next[t];
        }

        if (_next[t] >= 0)
        {
            _prev[_next[t]] = _prev[t];
        }
    }
}

