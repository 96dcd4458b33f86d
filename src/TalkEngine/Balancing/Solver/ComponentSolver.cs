using System;
using System.Runtime.CompilerServices;
using System.Numerics;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// Exact min-cost flow on one component with convex talker costs: primal-dual successive shortest
/// paths on a pseudo-flow. Nodes are the subject types (supply = their count), the talkers and the
/// sink z (demand = the subjects). A talker's exit to z is one arc whose cost is the marginal cost of
/// its next unit, Q·scale·(2ℓ+1), with its last unit −Q·scale·(2ℓ−1) as the reverse, so OR-Tools'
/// parallel unit arcs are never built.
/// <para>Warm start: a price level Λ is chosen (the largest with Σ loads ≤ subjects) and every unit
/// arc cheaper than Λ is saturated, with π(z) = Λ; this pseudo-flow satisfies the reduced-cost
/// optimality conditions, and each talker then has a deficit (its water-filling load). Each phase
/// runs Dijkstra on reduced costs (Johnson potentials) from the types with excess, raises the
/// potentials, then pushes as much as possible along zero-reduced-cost paths to nodes with a deficit
/// (a blocking flow with dead-end marking). When a warm start cannot be completed the instance is
/// infeasible and the component is solved again cold (Λ = 0), which yields the maximum flow of
/// minimum cost and the residual graph for the Hall witness.</para>
/// <para>At the end the potentials are checked to prove optimality (every residual arc has a
/// non-negative reduced cost) and the LP dual bound is computed; it must equal the primal cost.</para>
/// </summary>
/// <typeparam name="T">The cost type: <see cref="long"/>, or <see cref="Int128"/> when costs could overflow it.</typeparam>
internal sealed class ComponentSolver<T>
    where T : struct, IBinaryInteger<T>
{
    private readonly FlowComponent _c;
    private readonly int _k;
    private readonly int _t;
    private readonly int _z;
    private readonly T[] _arcCost;
    private readonly T[] _qf;
    private readonly T[] _pi;      // types 0..K-1, talkers K..K+T-1, sink K+T
    private readonly T[] _dist;
    private readonly int[] _seen;
    private readonly int[] _settled;
    private readonly int[] _dead;
    private readonly bool[] _onStack;
    private readonly int[] _cur;
    private readonly int[] _path;
    private readonly int[] _pathArc;
    private readonly int[] _deficit; // talkers K.., sink K+T (indexed by node)
    private readonly CostHeap<T> _heap = new();
    private int _stamp;
    private int _excess;

    public ComponentSolver(FlowComponent component)
    {
        _c = component;
        _k = component.TypeCount;
        _t = component.TalkerCount;
        _z = _k + _t;
        var arcs = component.ArcTalker.Length;
        _arcCost = new T[arcs];
        for (var a = 0; a < arcs; a++)
        {
            _arcCost[a] = T.CreateChecked(component.ArcSecondary[a]);
        }

        var q = T.CreateChecked(component.Primary);
        _qf = new T[_t];
        for (var i = 0; i < _t; i++)
        {
            _qf[i] = q * T.CreateChecked(component.Scale[i]);
        }

        var nodes = _k + _t + 1;
        _pi = new T[nodes];
        _dist = new T[nodes];
        _seen = new int[nodes];
        _settled = new int[nodes];
        _dead = new int[nodes];
        _onStack = new bool[nodes];
        _cur = new int[nodes];
        _path = new int[nodes + 1];
        _pathArc = new int[nodes + 1];
        _deficit = new int[nodes];
    }

    public void Solve()
    {
        if (!Run(warm: true))
        {
            Run(warm: false); // infeasible: a cold start gives the maximum flow and its minimal cut
        }

        VerifyAndBound();
    }

    private bool Run(bool warm)
    {
        var c = _c;
        c.Flow = new int[_arcCost.Length];
        c.Remaining = (int[])c.TypeSupply.Clone();
        c.Load = (int[])c.BaseLoad.Clone();
        Array.Clear(_pi);
        Array.Clear(_deficit);
        _excess = c.SubjectCount;
        var sinkDemand = c.SubjectCount;
        if (warm)
        {
            var level = PriceLevel();
            for (var t = 0; t < _t; t++)
            {
                var units = Units(t, level);
                c.Load[t] += units;
                _deficit[_k + t] = units;
                sinkDemand -= units;
            }

            _pi[_z] = level;
        }

        _deficit[_z] = sinkDemand;
        while (_excess > 0)
        {
            if (!ShortestPaths())
            {
                return false;
            }

            c.Phases++;
            var pushed = Augment();
            if (pushed == 0)
            {
                throw new InvalidOperationException("Balancing: a phase found a shortest path but pushed no flow (internal error).");
            }

            _excess -= pushed;
        }

        return true;
    }

    /// <summary>The largest price Λ at which the talkers' water-filling loads (units cheaper than Λ, within capacity) sum to at most the subjects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private T PriceLevel()
    {
        var c = _c;
        var lo = T.Zero;
        var hi = T.Zero;
        for (var t = 0; t < _t; t++)
        {
            var top = _qf[t] * T.CreateTruncating((2L * (c.BaseLoad[t] + (long)c.SubjectCount)) + 1);
            hi = T.Max(hi, top);
        }

        // Invariant: total(lo) ≤ n; find the largest such level.
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + T.One) >> 1);
            long total = 0;
            for (var t = 0; t < _t && total <= c.SubjectCount; t++)
            {
                total += Units(t, mid);
            }

            if (total <= c.SubjectCount)
            {
                lo = mid;
            }
            else
            {
                hi = mid - T.One;
            }
        }

        return lo;
    }

    /// <summary>
    /// Units j ≥ 1 of talker t with marginal cost Q·scale·(2(b+j)−1) &lt; level, clamped to its capacity
    /// only: clamping to the subjects it may take would leave an unsaturated unit cheaper than the
    /// level, which breaks the reduced-cost conditions.
    /// </summary>
    private int Units(int t, T level)
    {
        if (level <= T.Zero)
        {
            return 0;
        }

        var c = _c;
        var m = (level - T.One) / _qf[t];                 // largest odd multiplier allowed: 2(b+j)−1 ≤ m
        var jmax = ((m + T.One) >> 1) - T.CreateTruncating(c.BaseLoad[t]);
        var limit = c.LoadLimit[t] == int.MaxValue ? int.MaxValue : Math.Max(0, c.LoadLimit[t] - c.BaseLoad[t]);
        if (jmax <= T.Zero)
        {
            return 0;
        }

        return jmax >= T.CreateTruncating(limit) ? limit : int.CreateTruncating(jmax);
    }

    private T NextUnitCost(int t) => _qf[t] * T.CreateTruncating((2L * _c.Load[t]) + 1); // long: a load near 2³⁰ doubles past int

    private T LastUnitCost(int t) => _qf[t] * T.CreateTruncating((2L * _c.Load[t]) - 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Relax(int w, T nd, int stamp)
    {
        if (_settled[w] == stamp)
        {
            return;
        }

        if (_seen[w] != stamp || nd < _dist[w])
        {
            _seen[w] = stamp;
            _dist[w] = nd;
            _heap.Push(nd, w);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private bool ShortestPaths()
    {
        var c = _c;
        var stamp = ++_stamp;
        _heap.Clear();
        for (var k = 0; k < _k; k++)
        {
            if (c.Remaining[k] > 0)
            {
                _dist[k] = T.Zero;
                _seen[k] = stamp;
                _heap.Push(T.Zero, k);
            }
        }

        var found = false;
        var best = T.Zero;
        while (_heap.TryPop(out var d, out var v))
        {
            if (_settled[v] == stamp || d != _dist[v])
            {
                continue;
            }

            _settled[v] = stamp;
            if (_deficit[v] > 0)
            {
                found = true;
                best = d;
                break;
            }

            var piV = _pi[v];
            if (v < _k)
            {
                var end = c.TypeArcStart[v + 1];
                for (var a = c.TypeArcStart[v]; a < end; a++)
                {
                    var w = _k + c.ArcTalker[a];
                    if (_settled[w] != stamp)
                    {
                        Relax(w, d + _arcCost[a] + piV - _pi[w], stamp);
                    }
                }
            }
            else if (v < _z)
            {
                var t = v - _k;
                if (c.Load[t] < c.LoadLimit[t])
                {
                    Relax(_z, d + NextUnitCost(t) + piV - _pi[_z], stamp);
                }

                var end = c.TalkerArcStart[t + 1];
                for (var i = c.TalkerArcStart[t]; i < end; i++)
                {
                    var a = c.TalkerArcs[i];
                    if (c.Flow[a] == 0)
                    {
                        continue;
                    }

                    var k = c.ArcType[a];
                    if (_settled[k] != stamp)
                    {
                        Relax(k, d - _arcCost[a] + piV - _pi[k], stamp);
                    }
                }
            }
            else
            {
                for (var t = 0; t < _t; t++)
                {
                    if (c.Load[t] > c.BaseLoad[t])
                    {
                        Relax(_k + t, d - LastUnitCost(t) + piV - _pi[_k + t], stamp);
                    }
                }
            }
        }

        if (!found)
        {
            return false;
        }

        for (var v = 0; v <= _z; v++)
        {
            _pi[v] += _settled[v] == stamp && _dist[v] < best ? _dist[v] : best;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private int Augment()
    {
        var c = _c;
        var phase = _stamp;
        for (var k = 0; k < _k; k++)
        {
            _cur[k] = c.TypeArcStart[k];
        }

        for (var t = 0; t < _t; t++)
        {
            _cur[_k + t] = c.TalkerArcStart[t];
        }

        _cur[_z] = 0;
        var pushed = 0;
        for (var k = 0; k < _k; k++)
        {
            while (c.Remaining[k] > 0 && _dead[k] != phase)
            {
                if (!FindPath(k, phase))
                {
                    break;
                }

                c.Remaining[k]--;
                pushed++;
            }
        }

        return pushed;
    }

    /// <summary>Iterative DFS on zero-reduced-cost residual arcs from type <paramref name="source"/> to a node with a deficit; pushes one unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private bool FindPath(int source, int phase)
    {
        var c = _c;
        var depth = 0;
        _path[0] = source;
        _onStack[source] = true;
        while (depth >= 0)
        {
            var v = _path[depth];
            if (_deficit[v] > 0)
            {
                Apply(depth);
                return true;
            }

            var next = -1;
            var piV = _pi[v];
            if (v < _k)
            {
                var end = c.TypeArcStart[v + 1];
                for (; _cur[v] < end; _cur[v]++)
                {
                    var a = _cur[v];
                    var w = _k + c.ArcTalker[a];
                    if (_dead[w] != phase && !_onStack[w] && _arcCost[a] + piV - _pi[w] == T.Zero)
                    {
                        next = w;
                        _pathArc[depth] = a;
                        break;
                    }
                }
            }
            else if (v < _z)
            {
                var t = v - _k;
                var end = c.TalkerArcStart[t + 1];
                for (; _cur[v] < end; _cur[v]++)
                {
                    var a = c.TalkerArcs[_cur[v]];
                    if (c.Flow[a] == 0)
                    {
                        continue;
                    }

                    var k = c.ArcType[a];
                    if (_dead[k] != phase && !_onStack[k] && piV - _arcCost[a] - _pi[k] == T.Zero)
                    {
                        next = k;
                        _pathArc[depth] = a;
                        break;
                    }
                }

                // Last option: the exit to the sink (cursor value == end).
                if (next < 0 && _cur[v] == end)
                {
                    if (_dead[_z] != phase && !_onStack[_z] && c.Load[t] < c.LoadLimit[t] && NextUnitCost(t) + piV - _pi[_z] == T.Zero)
                    {
                        next = _z;
                        _pathArc[depth] = -1;
                    }
                    else
                    {
                        _cur[v]++;
                    }
                }
            }
            else
            {
                for (; _cur[v] < _t; _cur[v]++)
                {
                    var t = _cur[v];
                    var w = _k + t;
                    if (c.Load[t] > c.BaseLoad[t] && _dead[w] != phase && !_onStack[w] && piV - LastUnitCost(t) - _pi[w] == T.Zero)
                    {
                        next = w;
                        _pathArc[depth] = t;
                        break;
                    }
                }
            }

            if (next >= 0)
            {
                _path[++depth] = next;
                _onStack[next] = true;
            }
            else
            {
                _dead[v] = phase;
                _onStack[v] = false;
                depth--;
                if (depth >= 0)
                {
                    _cur[_path[depth]]++;
                }
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Apply(int depth)
    {
        var c = _c;
        for (var i = 0; i < depth; i++)
        {
            var v = _path[i];
            var a = _pathArc[i];
            if (v < _k)
            {
                c.Flow[a]++;
            }
            else if (v < _z)
            {
                if (a < 0)
                {
                    c.Load[v - _k]++;
                }
                else
                {
                    c.Flow[a]--;
                }
            }
            else
            {
                c.Load[a]--;
            }

            _onStack[v] = false;
        }

        _onStack[_path[depth]] = false;
        _deficit[_path[depth]]--;
    }

    /// <summary>
    /// Checks the reduced-cost optimality conditions on every arc and computes the LP dual bound
    /// −Σ π(v)·b(v) + Σ u(a)·min(0, c_π(a)) for the subjects actually sent; for the flow found it must
    /// equal the primal cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    private void VerifyAndBound()
    {
        var c = _c;
        var primal = T.Zero;
        for (var a = 0; a < _arcCost.Length; a++)
        {
            var rc = _arcCost[a] + _pi[c.ArcType[a]] - _pi[_k + c.ArcTalker[a]];
            if (rc < T.Zero || (c.Flow[a] > 0 && rc != T.Zero))
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a subject→talker arc (internal error).");
            }

            primal += _arcCost[a] * T.CreateTruncating(c.Flow[a]);
        }

        var sent = 0;
        var dual = T.Zero;
        for (var k = 0; k < _k; k++)
        {
            var out_ = c.TypeSupply[k] - c.Remaining[k];
            sent += out_;
            dual -= T.CreateTruncating(out_) * _pi[k];
        }

        dual += _pi[_z] * T.CreateTruncating(sent);
        for (var t = 0; t < _t; t++)
        {
            var load = c.Load[t];
            var b = c.BaseLoad[t];
            var inflow = 0;
            for (var i = c.TalkerArcStart[t]; i < c.TalkerArcStart[t + 1]; i++)
            {
                inflow += c.Flow[c.TalkerArcs[i]];
            }

            if (inflow != load - b)
            {
                throw new InvalidOperationException("Balancing: flow conservation failed at a talker (internal error).");
            }

            primal += _qf[t] * (T.CreateTruncating((long)load * load) - T.CreateTruncating((long)b * b));
            var piT = _pi[_k + t];
            if (load < c.LoadLimit[t] && NextUnitCost(t) + piT - _pi[_z] < T.Zero)
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a talker's next unit (internal error).");
            }

            if (load > b && LastUnitCost(t) + piT - _pi[_z] > T.Zero)
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a talker's last unit (internal error).");
            }

            // Unit arcs with a negative reduced cost: exactly the used ones, at optimality.
            for (var j = b + 1; j <= load; j++)
            {
                dual += (_qf[t] * T.CreateTruncating((2L * j) - 1)) + piT - _pi[_z];
            }
        }

        if (dual != primal)
        {
            throw new InvalidOperationException("Balancing: the dual bound differs from the primal cost (internal error).");
        }

        var q = T.CreateTruncating(c.Primary);
        var m = T.CreateTruncating(c.MissMultiplier);
        c.LowerBoundSpread = long.CreateChecked(dual / q);
        c.LowerBoundMisses = long.CreateChecked(dual % q / m);
        c.LowerBoundChanges = long.CreateChecked(dual % q % m);
        c.CertificateVerified = true;
    }
}
