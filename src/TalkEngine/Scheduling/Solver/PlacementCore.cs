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
/// with talks of several leaders: components of leaders joined by such subjects are solved independently. A
/// component whose relaxed optimum has a clash is solved by a depth-first branch and bound on the clashes (one
/// talk of the subject keeps the day / that talk loses the day), each node re-augmenting only the leaders it
/// touched; a conflict-free leaf reaching the bound proves the maximum.
/// </para>
/// <para>
/// Speed: talks are renumbered leader by leader (earliest deadline first) with their allowed days copied together,
/// so that each leader's passes read contiguous memory; the greedy start avoids days on which the subject already
/// has a talk of another leader (any maximum flow gives the same bound, and one without clashes needs no search);
/// an augmenting pass keeps the marks of failed searches (what a failed search reached stays closed until the next
/// augmentation); the buffers are pooled. On group-100k the greedy start is already clash-free and maximum for
/// every leader, so the bound is proven without a search node.
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
    private readonly byte[] _banned;
    private readonly int[] _weeklyCap;

    // Leaders: their talks (canonical order), day and week windows into the load arrays.
    private readonly int[] _lStart;
    private readonly int[] _talkOf;
    private readonly int[] _lDayMin;
    private readonly int[] _lDayBase;
    private readonly int[] _lDaySpan;
    private readonly int[] _lWeekMin;
    private readonly int[] _lWeekBase;
    private readonly int[] _dayCap;
    private readonly int[] _dayLoad;
    private readonly int[] _dayHead;
    private readonly int[] _weekLoad;
    private readonly int[] _flow;

    // Subjects: their talks.
    private readonly int[] _sStart;
    private readonly int[] _sTalks;

    // Talks: day (-1 when unplaced), links in the (leader, day) list, ring of the same (leader, subject).
    private readonly int[] _day;
    private readonly int[] _next;
    private readonly int[] _prev;
    private readonly int[] _sibling;

    // Visit stamps of one augmenting search.
    private readonly int[] _talkMark;
    private readonly int[] _dayMark;
    private readonly int[] _weekMark;
    private int _stamp;

    private readonly bool[] _multi;

    // Components of leaders joined by subjects with talks of several leaders (union-find parents).
    private readonly int[] _parent;

    // The levelling pass: talks left out stay out, and the subjects' days held by other leaders are respected.
    private bool[] _hold = [];
    private bool _respectSubjects;

    // Leaders whose talks moved after the greedy start (only theirs can move earlier).
    private bool[] _moved = [];

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
        _weeklyCap = problem.WeeklyCap;
        _nodeLimit = nodeLimit;
        var leaders = problem.LeaderCount;
        var subjects = problem.SubjectCount;
        var srcLeader = problem.TalkLeader;
        var srcSubject = problem.TalkSubject;
        var srcStart = problem.AllowedStart;
        var srcDay = problem.AllowedDays;

        // Positions: talks by leader, then last allowed day (earliest deadline first), then canonical index, so that
        // each leader's talks and their allowed days lie together in memory (the passes below go leader by leader).
        _lStart = new int[leaders + 1];
        for (var t = 0; t < _n; t++)
        {
            _lStart[srcLeader[t] + 1]++;
        }

        for (var l = 0; l < leaders; l++)
        {
            _lStart[l + 1] += _lStart[l];
        }

        var order = Rent(_n, false);
        Order(srcLeader, srcStart, srcDay, order);

        _talkOf = Rent(_n, false);
        _leader = Rent(_n, false);
        _subject = Rent(_n, false);
        _aStart = Rent(_n + 1, false);
        _aDay = Rent(srcDay.Length, false);
        var pos = 0;
        var position = Rent(_n, false);
        for (var i = 0; i < _n; i++)
        {
            var t = order[i];
            _talkOf[i] = t;
            position[t] = i;
            _leader[i] = srcLeader[t];
            _subject[i] = srcSubject[t];
            _aStart[i] = pos;
            pos += srcStart[t + 1] - srcStart[t];
        }

        _aStart[_n] = pos;

        // The days in the source's order (reads in sequence, each talk's days written to its new place).
        for (var t = 0; t < _n; t++)
        {
            srcDay.AsSpan(srcStart[t], srcStart[t + 1] - srcStart[t]).CopyTo(_aDay.AsSpan(_aStart[position[t]]));
        }

        _banned = ArrayPool<byte>.Shared.Rent(Math.Max(1, srcDay.Length));
        _banned.AsSpan(0, srcDay.Length).Clear();

        _sStart = new int[subjects + 1];
        _sTalks = Rent(_n, false);
        for (var t = 0; t < _n; t++)
        {
            _sStart[_subject[t] + 1]++;
        }

        for (var s = 0; s < subjects; s++)
        {
            _sStart[s + 1] += _sStart[s];
        }

        var sFill = (int[])_sStart.Clone();
        for (var t = 0; t < _n; t++)
        {
            _sTalks[sFill[_subject[t]]++] = t;
        }

        // Rings of talks sharing a leader and a subject (the subject's talks are in canonical order).
        _sibling = Rent(_n, false);
        for (var t = 0; t < _n; t++)
        {
            _sibling[t] = t;
        }

        // In the same pass: subjects with talks of several leaders, and the components of leaders they join.
        _parent = new int[leaders];
        for (var l = 0; l < leaders; l++)
        {
            _parent[l] = l;
        }

        _multi = new bool[subjects];
        for (var s = 0; s < subjects; s++)
        {
            var firstLeader = _sStart[s] < _sStart[s + 1] ? _leader[_sTalks[_sStart[s]]] : -1;
            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var t = _sTalks[i];
                if (_leader[t] != firstLeader)
                {
                    _multi[s] = true;
                    DisjointSets.Union(_parent, firstLeader, _leader[t]);
                }

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

        _lDayMin = new int[leaders];
        _lDayBase = new int[leaders + 1];
        _lDaySpan = new int[leaders];
        _lWeekMin = new int[leaders];
        _lWeekBase = new int[leaders + 1];
        long dayTotal = 0, weekTotal = 0;
        for (var l = 0; l < leaders; l++)
        {
            int lo = int.MaxValue, hi = int.MinValue;
            for (var t = _lStart[l]; t < _lStart[l + 1]; t++)
            {
                if (_aStart[t + 1] > _aStart[t])
                {
                    lo = Math.Min(lo, _aDay[_aStart[t]]);
                    hi = Math.Max(hi, _aDay[_aStart[t + 1] - 1]);
                }
            }

            if (lo > hi)
            {
                lo = hi = 0;
                _lDaySpan[l] = 0;
            }
            else
            {
                // Whole weeks, so that a week's seven days are always inside the leader's window.
                lo -= lo % 7;
                hi += 6 - (hi % 7);
                _lDaySpan[l] = hi - lo + 1;
            }

            _lDayMin[l] = lo;
            _lWeekMin[l] = lo / 7;
            _lDayBase[l] = (int)dayTotal;
            _lWeekBase[l] = (int)weekTotal;
            dayTotal += _lDaySpan[l];
            weekTotal += _lDaySpan[l] / 7;
            if (dayTotal > int.MaxValue / 2)
            {
                throw new InvalidOperationException("The leaders' day windows are too large to schedule at once.");
            }
        }

        _lDayBase[leaders] = (int)dayTotal;
        _lWeekBase[leaders] = (int)weekTotal;
        _dayCap = Rent((int)dayTotal, false);
        _dayLoad = Rent((int)dayTotal, true);
        _dayHead = Rent((int)dayTotal, false);
        _dayMark = Rent((int)dayTotal, true);
        _weekLoad = Rent((int)weekTotal, true);
        _weekMark = Rent((int)weekTotal, true);
        _dayHead.AsSpan(0, (int)dayTotal).Fill(-1);
        for (var l = 0; l < leaders; l++)
        {
            var cap = problem.DailyCap[l];
            _dayCap.AsSpan(_lDayBase[l], _lDaySpan[l]).Fill(cap);
        }

        foreach (var (leader, day, cap) in problem.DayCaps)
        {
            var slot = day - _lDayMin[leader];
            if ((uint)slot < (uint)_lDaySpan[leader])
            {
                _dayCap[_lDayBase[leader] + slot] = Math.Min(_dayCap[_lDayBase[leader] + slot], cap);
            }
        }

        _flow = new int[leaders];
        _crowded = new int[leaders];
        _day = Rent(_n, false);
        _day.AsSpan(0, _n).Fill(-1);
        _next = Rent(_n, false);
        _prev = Rent(_n, false);
        _talkMark = Rent(_n, true);
    }

    /// <summary>
    /// The talks by leader, then last allowed day (earliest deadline first; talks without a day last), then canonical
    /// index: two stable counting sorts (by last day, then by leader) when the days span a small range, else a sort of
    /// each leader's keys.
    /// </summary>
    private void Order(int[] srcLeader, int[] srcStart, int[] srcDay, int[] order)
    {
        int lo = int.MaxValue, hi = int.MinValue;
        for (var t = 0; t < _n; t++)
        {
            if (srcStart[t + 1] > srcStart[t])
            {
                var last = srcDay[srcStart[t + 1] - 1];
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
            var lastOf = Rent(_n, false);
            for (var t = 0; t < _n; t++)
            {
                var r = srcStart[t + 1] > srcStart[t] ? srcDay[srcStart[t + 1] - 1] - lo : (int)range - 1;
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
                order[lFill[srcLeader[t]]++] = t;
            }

            return;
        }

        var keys = ArrayPool<long>.Shared.Rent(Math.Max(1, _n));
        for (var t = 0; t < _n; t++)
        {
            var last = srcStart[t + 1] > srcStart[t] ? srcDay[srcStart[t + 1] - 1] : int.MaxValue;
            keys[lFill[srcLeader[t]]++] = ((long)last << 32) | (uint)t;
        }

        for (var l = 0; l + 1 < _lStart.Length; l++)
        {
            Array.Sort(keys, _lStart[l], _lStart[l + 1] - _lStart[l]);
        }

        for (var i = 0; i < _n; i++)
        {
            order[i] = (int)(uint)keys[i];
        }

        ArrayPool<long>.Shared.Return(keys);
    }

    /// <summary>Gives the pooled buffers back (a solve of group-100k needs some 30 MB of them; repeated solves reuse them).</summary>
    public void Dispose()
    {
        foreach (var array in _rented)
        {
            ArrayPool<int>.Shared.Return(array);
        }

        _rented.Clear();
        ArrayPool<byte>.Shared.Return(_banned);
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
        var leaders = _flow.Length;

        // Components of leaders joined by subjects with talks of several leaders.
        var parent = _parent;
        var subjects = _sStart.Length - 1;
        var multi = new List<int>();
        for (var s = 0; s < subjects; s++)
        {
            if (_multi[s])
            {
                multi.Add(s);
            }
        }

        _moved = new bool[leaders];
        _hold = new bool[_n];

        for (var l = 0; l < leaders; l++)
        {
            Greedy(l);
        }

        for (var l = 0; l < leaders; l++)
        {
            Reflow(l);
        }

        // Group the clash-prone subjects by component; components without a clash are already optimal.
        var bySubjectRoot = new Dictionary<int, List<int>>();
        foreach (var s in multi)
        {
            var root = DisjointSets.Find(parent, _leader[_sTalks[_sStart[s]]]);
            if (!bySubjectRoot.TryGetValue(root, out var list))
            {
                bySubjectRoot[root] = list = [];
            }

            list.Add(s);
        }

        var componentLeaders = new Dictionary<int, List<int>>();
        for (var l = 0; l < leaders; l++)
        {
            var root = DisjointSets.Find(parent, l);
            if (bySubjectRoot.ContainsKey(root))
            {
                if (!componentLeaders.TryGetValue(root, out var list))
                {
                    componentLeaders[root] = list = [];
                }

                list.Add(l);
            }
        }

        var placed = 0;
        var bound = 0;
        var proven = true;
        for (var l = 0; l < leaders; l++)
        {
            bound += _flow[l];
        }

        var roots = new List<int>(bySubjectRoot.Keys);
        roots.Sort();
        foreach (var root in roots)
        {
            var comp = new Component(componentLeaders[root], bySubjectRoot[root]);
            if (FindClash(comp, out _, out _, out _))
            {
                var (best, rootBound, compProven) = SolveComponent(comp);
                if (!compProven)
                {
                    proven = false;
                }
                else
                {
                    bound -= rootBound - best;
                }
            }
        }

        if (_preferences)
        {
            Polish();
        }

        for (var l = 0; l < leaders; l++)
        {
            placed += _flow[l];
        }

        // Moving talks earlier can free a later day; an unproven placement takes what now fits (a maximum never gains).
        if (!proven || placed < bound)
        {
            for (var t = 0; t < _n; t++)
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

        return (placed, bound, proven && placed == bound);
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
    private (int Best, int RootBound, bool Proven) SolveComponent(Component comp)
    {
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
    /// The preferences among maximum placements, leader by leader (in index order, each seeing the days the leaders
    /// before it settled): first the lowest daily peak (<see cref="Level"/>), then each talk on its earliest allowed day
    /// that still fits (<see cref="PreferEarly"/>). Neither changes the number placed.
    /// </summary>
    private void Polish()
    {
        var leaders = _flow.Length;
        var saved = new int[16];
        var caps = new int[64];
        for (var l = 0; l < leaders; l++)
        {
            if (_crowded[l] == 0 && !_moved[l])
            {
                continue;
            }

            var peak = 0;
            foreach (var load in _dayLoad.AsSpan(_lDayBase[l], _lDaySpan[l]))
            {
                peak = Math.Max(peak, load);
            }

            Level(l, peak, ref saved, ref caps);
        }
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
        Reflow(l);
        return _flow[l] == placed;
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
        for (var k = 0; k < placed; k++)
        {
            var t = (int)(uint)keys[k];
            var current = _day[t];
            for (var i = _aStart[t]; i < _aStart[t + 1] && _aDay[i] < current; i++)
            {
                if (Fits(t, _aDay[i]))
                {
                    Assign(t, _aDay[i]);
                    break;
                }
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

            var multi = _multi[_subject[t]];
            var fallback = -1;
            var end = _aStart[t + 1];
            for (var a = _aStart[t]; a < end; a++)
            {
                var d = days[a];
                var load = dayLoad[d - dayMin];
                if (load >= dayCap[d - dayMin] || (load > 0 && fallback >= 0) || weekLoad[(int)((uint)d / 7) - weekMin] >= weeklyCap)
                {
                    continue;
                }

                if (multi ? SubjectBusy(t, d) : SiblingOn(t, d))
                {
                    continue;
                }

                if (load == 0)
                {
                    fallback = d;
                    break;
                }

                fallback = d;
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
        for (var i = _aStart[t]; i < _aStart[t + 1]; i++)
        {
            var d = _aDay[i];
            if (_banned[i] != 0 || d == current)
            {
                continue;
            }

            if (_respectSubjects && _multi[_subject[t]] && OtherLeaderOn(t, d))
            {
                continue;
            }

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

            var slot = _lDayBase[l] + d - _lDayMin[l];
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

