using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// Interns lists of ints by content: equal lists get the same id, so that 100,000 subjects sharing
/// one region's eligible list cost one copy, and "same eligibility" is an int comparison.
/// </summary>
internal sealed class IntListPool
{
    private int[] _data = new int[256];
    private int _dataLength;
    private int[] _offsets = new int[65];
    private int[] _hashes = new int[64];
    private int[] _table = new int[128]; // open addressing: list id + 1, 0 = empty
    private int _last = -1;

    public IntListPool()
    {
        Add(ReadOnlySpan<int>.Empty); // id 0 is always the empty list
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> this[int id] => _data.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    public int LengthOf(int id) => _offsets[id + 1] - _offsets[id];

    public int Add(ReadOnlySpan<int> list) => Add(list, ref _last);

    /// <summary>Adds a list; <paramref name="hint"/> is the caller's previous id, tried first (consecutive subjects very often share a list).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: full JIT on the first (often only) call
    public int Add(ReadOnlySpan<int> list, ref int hint)
    {
        if (hint >= 0 && this[hint].SequenceEqual(list))
        {
            return hint;
        }

        var hash = Hash(list);
        var mask = _table.Length - 1;
        var slot = hash & mask;
        while (_table[slot] != 0)
        {
            var id = _table[slot] - 1;
            if (_hashes[id] == hash && this[id].SequenceEqual(list))
            {
                hint = id;
                return id;
            }

            slot = (slot + 1) & mask;
        }

        var newId = Count;
        if (_dataLength + list.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _dataLength + list.Length));
        }

        list.CopyTo(_data.AsSpan(_dataLength));
        _dataLength += list.Length;
        if (newId + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        if (newId + 1 > _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
        }

        _offsets[newId + 1] = _dataLength;
        _hashes[newId] = hash;
        _table[slot] = newId + 1;
        Count++;
        if (Count * 2 > _table.Length)
        {
            Rehash();
        }

        hint = newId;
        return newId;
    }

    private static int Hash(ReadOnlySpan<int> list)
    {
        var h = new HashCode();
        h.AddBytes(MemoryMarshal.AsBytes(list));
        return h.ToHashCode() & int.MaxValue;
    }

    private void Rehash()
    {
        var table = new int[_table.Length * 2];
        var mask = table.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = id + 1;
        }

        _table = table;
    }
}
