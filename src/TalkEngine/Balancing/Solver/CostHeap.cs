using System;
using System.Runtime.CompilerServices;
using System.Numerics;

namespace TalkEngine.Balancing.Solver;

/// <summary>A binary min-heap of (cost, node) with lazy deletion, for Dijkstra.</summary>
internal sealed class CostHeap<T>
    where T : struct, IBinaryInteger<T>
{
    private T[] _keys = new T[64];
    private int[] _nodes = new int[64];
    private int _count;

    public void Clear() => _count = 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Push(T key, int node)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _nodes, _count * 2);
        }

        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] <= key)
            {
                break;
            }

            _keys[i] = _keys[parent];
            _nodes[i] = _nodes[parent];
            i = parent;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryPop(out T key, out int node)
    {
        if (_count == 0)
        {
            key = T.Zero;
            node = -1;
            return false;
        }

        key = _keys[0];
        node = _nodes[0];
        var lastKey = _keys[--_count];
        var lastNode = _nodes[_count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && _keys[child + 1] < _keys[child])
            {
                child++;
            }

            if (_keys[child] >= lastKey)
            {
                break;
            }

            _keys[i] = _keys[child];
            _nodes[i] = _nodes[child];
            i = child;
        }

        _keys[i] = lastKey;
        _nodes[i] = lastNode;
        return true;
    }
}
