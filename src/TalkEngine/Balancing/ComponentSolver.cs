using System;
using System.Numerics;

namespace TalkEngine.Balancing;

/// <summary>
/// Exact min-cost flow on one component with convex talker costs: primal-dual successive shortest
/// paths. Each phase runs Dijkstra on reduced costs (Johnson potentials) from the types that still
/// have subjects, raises the potentials, then pushes as many units as possible along zero-reduced-cost
/// paths (a blocking flow with dead-end marking). A talker's "exit" is one arc whose cost is the
/// marginal cost of its next unit, Q·scale·(2ℓ+1), so OR-Tools' parallel unit arcs are never built.
/// At the end the potentials are checked to prove optimality (every residual arc has a non-negative
/// reduced cost) and the LP dual bound is computed; it must equal the primal cost.
/// </summary>
/// <typeparam name="T">The cost type: <see cref="long"/>, or <see cref="Int128"/> when costs could overflow it.</typeparam>
internal sealed class ComponentSolver<T>
    where T : struct, IBinaryInteger<T>
{
    private readonly FlowComponent _c;
    private readonly int _k;
    private readonly int _t;
    private readonly T[] _arcCost;
    private readonly T[] _qf;
    private readonly T[] _piType;
    private readonly T[] _piTalker;
    private readonly T[] _dist;
    private readonly int[] _seen;
    private readonly int[] _settled;
    private readonly int[] _dead;
    private readonly bool[] _onStack;
    private readonly int[] _cur;
    private readonly int[] _path;
    private readonly int[] _pathArc;
    private readonly CostHeap<T> _heap = new();
    private T _piSink;
    private int _stamp;

    public ComponentSolver(FlowComponent component)
    {
        _c = component;
        _k = component.TypeCount;
        _t = component.TalkerCount;
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

        _piType = new T[_k];
        _piTalker = new T[_t];
        _dist = new T[_k + _t];
        _seen = new int[_k + _t];
        _settled = new int[_k + _t];
        _dead = new int[_k + _t];
        _onStack = new bool[_k + _t];
        _cur = new int[_k + _t];
        _path = new int[_k + _t + 1];
        _pathArc = new int[_k + _t + 1];
        component.Flow = new int[arcs];
        component.Remaining = (int[])component.TypeSupply.Clone();
        component.Load = (int[])component.BaseLoad.Clone();
    }

    public void Solve()
    {
        var left = _c.SubjectCount;
        while (left > 0)
        {
            if (!ShortestPaths())
            {
                break; // no remaining subject can reach a talker with spare capacity: a maximum flow
            }

            _c.Phases++;
            var pushed = Augment();
            if (pushed == 0)
            {
                throw new InvalidOperationException("Balancing: a phase found a shortest path but pushed no flow (internal error).");
            }

            left -= pushed;
        }

        VerifyAndBound();
    }

    private T NextUnitCost(int t) => _qf[t] * T.CreateTruncating((2 * _c.Load[t]) + 1);

    private bool ShortestPaths()
    {
        var c = _c;
        var stamp = ++_stamp;
        _heap.Clear();
        for (var k = 0; k < _k; k++)
        {
            if (c.Remaining[k] > 0)
            {
                _dist[k] = -_piType[k];
                _seen[k] = stamp;
                _heap.Push(_dist[k], k);
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

            if (found && d >= best)
            {
                break;
            }

            _settled[v] = stamp;
            if (v < _k)
            {
                var piV = _piType[v];
                var end = c.TypeArcStart[v + 1];
                for (var a = c.TypeArcStart[v]; a < end; a++)
                {
                    var t = c.ArcTalker[a];
                    var w = _k + t;
                    if (_settled[w] == stamp)
                    {
                        continue;
                    }

                    var nd = d + _arcCost[a] + piV - _piTalker[t];
                    if (_seen[w] != stamp || nd < _dist[w])
                    {
                        _seen[w] = stamp;
                        _dist[w] = nd;
                        _heap.Push(nd, w);
                    }
                }
            }
            else
            {
                var t = v - _k;
                var piT = _piTalker[t];
                if (c.Load[t] < c.LoadLimit[t])
                {
                    var candidate = d + NextUnitCost(t) + piT - _piSink;
                    if (!found || candidate < best)
                    {
                        found = true;
                        best = candidate;
                    }
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
                    if (_settled[k] == stamp)
                    {
                        continue;
                    }

                    var nd = d - _arcCost[a] + piT - _piType[k];
                    if (_seen[k] != stamp || nd < _dist[k])
                    {
                        _seen[k] = stamp;
                        _dist[k] = nd;
                        _heap.Push(nd, k);
                    }
                }
            }
        }

        if (!found)
        {
            return false;
        }

        for (var k = 0; k < _k; k++)
        {
            _piType[k] += _settled[k] == stamp && _dist[k] < best ? _dist[k] : best;
        }

        for (var t = 0; t < _t; t++)
        {
            var v = _k + t;
            _piTalker[t] += _settled[v] == stamp && _dist[v] < best ? _dist[v] : best;
        }

        _piSink += best;
        return true;
    }

    private bool ExitAdmissible(int t) =>
        _c.Load[t] < _c.LoadLimit[t] && NextUnitCost(t) + _piTalker[t] - _piSink == T.Zero;

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

        var pushed = 0;
        for (var k = 0; k < _k; k++)
        {
            while (c.Remaining[k] > 0 && _dead[k] != phase && _piType[k] == T.Zero)
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

    /// <summary>Iterative DFS on zero-reduced-cost arcs from type <paramref name="source"/> to a talker whose next unit is admissible; pushes one unit.</summary>
    private bool FindPath(int source, int phase)
    {
        var c = _c;
        var depth = 0;
        _path[0] = source;
        _onStack[source] = true;
        while (depth >= 0)
        {
            var v = _path[depth];
            if (v >= _k && ExitAdmissible(v - _k))
            {
                for (var i = 0; i < depth; i++)
                {
                    var a = _pathArc[i];
                    if (_path[i] < _k)
                    {
                        c.Flow[a]++;
                    }
                    else
                    {
                        c.Flow[a]--;
                    }

                    _onStack[_path[i]] = false;
                }

                _onStack[v] = false;
                c.Load[v - _k]++;
                return true;
            }

            var next = -1;
            if (v < _k)
            {
                var piV = _piType[v];
                var end = c.TypeArcStart[v + 1];
                for (; _cur[v] < end; _cur[v]++)
                {
                    var a = _cur[v];
                    var t = c.ArcTalker[a];
                    var w = _k + t;
                    if (_dead[w] != phase && !_onStack[w] && _arcCost[a] + piV - _piTalker[t] == T.Zero)
                    {
                        next = w;
                        _pathArc[depth] = a;
                        break;
                    }
                }
            }
            else
            {
                var t = v - _k;
                var piT = _piTalker[t];
                var end = c.TalkerArcStart[t + 1];
                for (; _cur[v] < end; _cur[v]++)
                {
                    var a = c.TalkerArcs[_cur[v]];
                    if (c.Flow[a] == 0)
                    {
                        continue;
                    }

                    var k = c.ArcType[a];
                    if (_dead[k] != phase && !_onStack[k] && piT - _arcCost[a] - _piType[k] == T.Zero)
                    {
                        next = k;
                        _pathArc[depth] = a;
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

    /// <summary>
    /// Checks the reduced-cost optimality conditions on every arc and computes the LP dual bound
    /// −Σ π(v)·b(v) + Σ u(a)·min(0, c_π(a)); for a feasible flow it must equal the primal cost.
    /// </summary>
    private void VerifyAndBound()
    {
        var c = _c;
        var primal = T.Zero;
        for (var a = 0; a < _arcCost.Length; a++)
        {
            var rc = _arcCost[a] + _piType[c.ArcType[a]] - _piTalker[c.ArcTalker[a]];
            if (rc < T.Zero || (c.Flow[a] > 0 && rc != T.Zero))
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a subject→talker arc (internal error).");
            }

            primal += _arcCost[a] * T.CreateTruncating(c.Flow[a]);
        }

        var dual = _piSink * T.CreateTruncating(c.SubjectCount - Sum(c.Remaining));
        for (var k = 0; k < _k; k++)
        {
            if (_piType[k] < T.Zero || (c.Remaining[k] > 0 && _piType[k] != T.Zero))
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a type potential (internal error).");
            }

            dual -= T.CreateTruncating(c.TypeSupply[k] - c.Remaining[k]) * _piType[k];
        }

        for (var t = 0; t < _t; t++)
        {
            var load = c.Load[t];
            var b = c.BaseLoad[t];
            var lsq = T.CreateTruncating((long)load * load);
            var bsq = T.CreateTruncating((long)b * b);
            primal += _qf[t] * (lsq - bsq);
            if (load < c.LoadLimit[t] && NextUnitCost(t) + _piTalker[t] - _piSink < T.Zero)
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a talker's next unit (internal error).");
            }

            if (load > b && (_qf[t] * T.CreateTruncating((2 * load) - 1)) + _piTalker[t] - _piSink > T.Zero)
            {
                throw new InvalidOperationException("Balancing: the optimality certificate failed on a talker's last unit (internal error).");
            }

            // Unit arcs j = b+1.. with negative reduced cost (exactly the used ones, at optimality).
            for (var j = b + 1; j <= load; j++)
            {
                var rc = (_qf[t] * T.CreateTruncating((2 * j) - 1)) + _piTalker[t] - _piSink;
                if (rc < T.Zero)
                {
                    dual += rc;
                }
            }
        }

        // With an unserved remainder the dual above bounds the flow actually sent (a maximum flow).
        if (dual != primal)
        {
            throw new InvalidOperationException("Balancing: the dual bound differs from the primal cost (internal error).");
        }

        var q = T.CreateTruncating(c.Primary);
        var m = T.CreateTruncating(c.MissMultiplier);
        var spread = dual / q;
        var rest = dual % q;
        c.LowerBoundSpread = long.CreateChecked(spread);
        c.LowerBoundMisses = long.CreateChecked(rest / m);
        c.LowerBoundChanges = long.CreateChecked(rest % m);
        c.CertificateVerified = true;
    }

    private static int Sum(int[] values)
    {
        var s = 0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }
}
