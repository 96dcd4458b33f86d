using System;
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
/// Not thread-safe (one instance per solve).
/// </summary>
internal sealed class PlacementCore
{
    private readonly int _n;
    private readonly int[] _leader;
    private readonly int[] _subject;
    private readonly int[] _aStart;
    private readonly int[] _aDay;
    private readonly byte[] _banned;
    private readonly int[] _weeklyCap;

    // Leaders: their talks (canonical order), day and week windows into the load arrays.
    private readonly int[] _lStart;
    private readonly int[] _lTalks;
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

    private readonly long _nodeLimit;
    private long _nodes;

    public PlacementCore(DayPlacementProblem problem, long nodeLimit)
    {
        _n = problem.TalkCount;
        _leader = problem.TalkLeader;
        _subject = problem.TalkSubject;
        _aStart = problem.AllowedStart;
        _aDay = problem.AllowedDays;
        _banned = new byte[_aDay.Length];
        _weeklyCap = problem.WeeklyCap;
        _nodeLimit = nodeLimit;
        var leaders = problem.LeaderCount;
        var subjects = problem.SubjectCount;

        _lStart = new int[leaders + 1];
        _lTalks = new int[_n];
        _sStart = new int[subjects + 1];
        _sTalks = new int[_n];
        for (var t = 0; t < _n; t++)
        {
            _lStart[_leader[t] + 1]++;
            _sStart[_subject[t] + 1]++;
        }

        for (var l = 0; l < leaders; l++)
        {
            _lStart[l + 1] += _lStart[l];
        }

        for (var s = 0; s < subjects; s++)
        {
            _sStart[s + 1] += _sStart[s];
        }

        var lFill = (int[])_lStart.Clone();
        var sFill = (int[])_sStart.Clone();
        for (var t = 0; t < _n; t++)
        {
            _lTalks[lFill[_leader[t]]++] = t;
            _sTalks[sFill[_subject[t]]++] = t;
        }

        // Each leader's talks by last allowed day (then index): earliest deadline first for the greedy start.
        var keys = new long[_n];
        for (var i = 0; i < _n; i++)
        {
            var t = _lTalks[i];
            var last = _aStart[t + 1] > _aStart[t] ? _aDay[_aStart[t + 1] - 1] : int.MaxValue;
            keys[i] = ((long)last << 32) | (uint)t;
        }

        for (var l = 0; l < leaders; l++)
        {
            Array.Sort(keys, _lTalks, _lStart[l], _lStart[l + 1] - _lStart[l]);
        }

        // Rings of talks sharing a leader and a subject (the subject's talks are in canonical order).
        _sibling = new int[_n];
        for (var t = 0; t < _n; t++)
        {
            _sibling[t] = t;
        }

        for (var s = 0; s < subjects; s++)
        {
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

        _lDayMin = new int[leaders];
        _lDayBase = new int[leaders + 1];
        _lDaySpan = new int[leaders];
        _lWeekMin = new int[leaders];
        _lWeekBase = new int[leaders + 1];
        long dayTotal = 0, weekTotal = 0;
        for (var l = 0; l < leaders; l++)
        {
            int lo = int.MaxValue, hi = int.MinValue;
            for (var i = _lStart[l]; i < _lStart[l + 1]; i++)
            {
                var t = _lTalks[i];
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
        _dayCap = new int[dayTotal];
        _dayLoad = new int[dayTotal];
        _dayHead = new int[dayTotal];
        _dayMark = new int[dayTotal];
        _weekLoad = new int[weekTotal];
        _weekMark = new int[weekTotal];
        _dayHead.AsSpan().Fill(-1);
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
        _day = new int[_n];
        _day.AsSpan().Fill(-1);
        _next = new int[_n];
        _prev = new int[_n];
        _talkMark = new int[_n];
    }

    public int[] Days => _day;

    public long Nodes => _nodes;

    /// <summary>Solves: returns the upper bound, leaves the best placement found in <see cref="Days"/>.</summary>
    public (int Placed, int UpperBound, bool Proven) Solve()
    {
        var leaders = _flow.Length;
        for (var l = 0; l < leaders; l++)
        {
            Greedy(l);
            Reflow(l);
        }

        // Components of leaders joined by subjects with talks of several leaders.
        var parent = new int[leaders];
        for (var l = 0; l < leaders; l++)
        {
            parent[l] = l;
        }

        var subjects = _sStart.Length - 1;
        var multi = new List<int>();
        for (var s = 0; s < subjects; s++)
        {
            var first = -1;
            var isMulti = false;
            for (var i = _sStart[s]; i < _sStart[s + 1]; i++)
            {
                var l = _leader[_sTalks[i]];
                if (first < 0)
                {
                    first = l;
                }
                else if (l != first)
                {
                    isMulti = true;
                    Union(parent, first, l);
                }
            }

            if (isMulti)
            {
                multi.Add(s);
            }
        }

        // Group the clash-prone subjects by component; components without a clash are already optimal.
        var bySubjectRoot = new Dictionary<int, List<int>>();
        foreach (var s in multi)
        {
            var root = Find(parent, _leader[_sTalks[_sStart[s]]]);
            if (!bySubjectRoot.TryGetValue(root, out var list))
            {
                bySubjectRoot[root] = list = [];
            }

            list.Add(s);
        }

        var componentLeaders = new Dictionary<int, List<int>>();
        for (var l = 0; l < leaders; l++)
        {
            var root = Find(parent, l);
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

        PreferEarly();

        // Moving talks earlier can free a later day; an unproven placement takes what now fits (a maximum never gains).
        for (var t = 0; t < _n; t++)
        {
            for (var i = _aStart[t]; _day[t] < 0 && i < _aStart[t + 1]; i++)
            {
                if (Fits(t, _aDay[i]))
                {
                    Assign(t, _aDay[i]);
                }
            }
        }

        for (var t = 0; t < _n; t++)
        {
            if (_day[t] >= 0)
            {
                placed++;
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
            for (var i = _lStart[l]; i < _lStart[l + 1]; i++)
            {
                talks.Add(_lTalks[i]);
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

    /// <summary>Moves each placed talk to its earliest allowed day that still fits (days in order, then talks), which keeps the count.</summary>
    private void PreferEarly()
    {
        var order = new int[_n];
        for (var t = 0; t < _n; t++)
        {
            order[t] = t;
        }

        var keys = new long[_n];
        for (var t = 0; t < _n; t++)
        {
            keys[t] = ((long)(_day[t] < 0 ? int.MaxValue : _day[t]) << 32) | (uint)t;
        }

        Array.Sort(keys, order);
        foreach (var t in order)
        {
            var current = _day[t];
            if (current < 0)
            {
                break;
            }

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
        for (var i = _lStart[l]; i < _lStart[l + 1]; i++)
        {
            var t = _lTalks[i];
            if (_day[t] < 0 && _aStart[t + 1] > _aStart[t])
            {
                _stamp++;
                VisitTalk(t);
            }
        }
    }

    /// <summary>Earliest deadline first inside one leader: each talk, by last allowed day, on its first day with room (a start for <see cref="Reflow"/>).</summary>
    private void Greedy(int l)
    {
        for (var i = _lStart[l]; i < _lStart[l + 1]; i++)
        {
            var t = _lTalks[i];
            for (var a = _aStart[t]; a < _aStart[t + 1]; a++)
            {
                var d = _aDay[a];
                var slot = _lDayBase[l] + d - _lDayMin[l];
                if (_dayLoad[slot] >= _dayCap[slot] || _weekLoad[_lWeekBase[l] + (d / 7) - _lWeekMin[l]] >= _weeklyCap[l])
                {
                    continue;
                }

                var o = _sibling[t];
                while (o != t && _day[o] != d)
                {
                    o = _sibling[o];
                }

                if (o == t)
                {
                    Assign(t, d);
                    break;
                }
            }
        }
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
        _dayLoad[slot]++;
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
        _day[t] = -1;
        _dayLoad[slot]--;
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

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}
