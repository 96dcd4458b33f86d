using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TalkEngine.Demands;

namespace TalkEngine.Coverage;

/// <summary>
/// Per-leader counts: each leader met gets a dense slot, with counts per source and the distinct
/// subjects he talked to. Distinct subjects are kept in one bit set per slot (a bit per person,
/// 12.5 kB for 100,000 people) while the sets fit a fixed budget; slots beyond it record
/// (leader, subject) pairs, counted at the end by a counting sort, so memory stays bounded when
/// thousands of people talk.
/// </summary>
internal sealed class LeaderCounts
{
    private const long BitSetBudgetBytes = 16L << 20;
    private static readonly int SourceCount = Enum.GetValues<DemandSource>().Length;

    private readonly int _people;
    private readonly int _words;
    private readonly int _bitSetSlots;
    private readonly int[] _slotOfActor;
    private readonly List<int> _actorOfSlot = [];
    private ulong[]?[] _bits = new ulong[16][];
    private int[] _distinct = new int[16];
    private int[] _bySource = new int[16 * SourceCount];
    private int[] _pairSubject = [];
    private int[] _pairSlot = [];
    private int _pairs;

    /// <param name="actors">The number of actor indexes a leader may have.</param>
    /// <param name="people">The number of people a subject may be.</param>
    /// <param name="bitSetSlots">How many slots get a bit set; by default as many as the budget holds (at least 64).</param>
    public LeaderCounts(int actors, int people, int? bitSetSlots = null)
    {
        _people = people;
        _words = (people + 63) / 64;
        _bitSetSlots = bitSetSlots ?? (int)Math.Min(actors, Math.Max(64, BitSetBudgetBytes / Math.Max(8, _words * 8L)));
        _slotOfActor = new int[actors];
        Array.Fill(_slotOfActor, -1);
    }

    public int Count => _actorOfSlot.Count;

    public int ActorOf(int slot) => _actorOfSlot[slot];

    public ReadOnlySpan<int> BySource(int slot) => _bySource.AsSpan(slot * SourceCount, SourceCount);

    /// <summary>Counts one talk of <paramref name="actor"/> with <paramref name="subject"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int actor, int subject, int source)
    {
        // The common case inline and without data-dependent branches: a known talker with a bit set.
        var slot = _slotOfActor[actor];
        if ((uint)slot < (uint)_bitSetSlots)
        {
            _bySource[(slot * SourceCount) + source]++;
            ref var word = ref _bits[slot]![subject >> 6];
            var bit = 1UL << subject;
            _distinct[slot] += (int)((~word & bit) >> subject);
            word |= bit;
            return;
        }

        AddSlow(actor, subject, source);
    }

    private void AddSlow(int actor, int subject, int source)
    {
        var slot = _slotOfActor[actor];
        if (slot < 0)
        {
            slot = NewSlot(actor);
            if (slot < _bitSetSlots)
            {
                Add(actor, subject, source);
                return;
            }
        }

        _bySource[(slot * SourceCount) + source]++;
        if (_pairs == _pairSlot.Length)
        {
            Array.Resize(ref _pairSlot, Math.Max(16, _pairs * 2));
            Array.Resize(ref _pairSubject, _pairSlot.Length);
        }

        _pairSubject[_pairs] = subject;
        _pairSlot[_pairs] = slot;
        _pairs++;
    }

    private int NewSlot(int actor)
    {
        var slot = _slotOfActor[actor] = _actorOfSlot.Count;
        _actorOfSlot.Add(actor);
        if (slot == _distinct.Length)
        {
            Array.Resize(ref _distinct, slot * 2);
            Array.Resize(ref _bits, slot * 2);
            Array.Resize(ref _bySource, slot * 2 * SourceCount);
        }

        if (slot < _bitSetSlots)
        {
            _bits[slot] = new ulong[_words];
        }

        return slot;
    }

    public int[] DistinctSubjects()
    {
        var distinct = _distinct.AsSpan(0, Count).ToArray();
        if (_pairs == 0)
        {
            return distinct;
        }

        // Slots past the bit-set budget: a counting sort of their pairs by subject, then per subject
        // a talker counts once (stamp).
        var start = new int[_people + 1];
        for (var i = 0; i < _pairs; i++)
        {
            start[_pairSubject[i] + 1]++;
        }

        for (var p = 0; p < _people; p++)
        {
            start[p + 1] += start[p];
        }

        var sorted = new int[_pairs];
        var next = start.AsSpan(0, _people).ToArray();
        for (var i = 0; i < _pairs; i++)
        {
            sorted[next[_pairSubject[i]]++] = _pairSlot[i];
        }

        var stamp = new int[Count];
        Array.Fill(stamp, -1);
        for (var p = 0; p < _people; p++)
        {
            for (var i = start[p]; i < start[p + 1]; i++)
            {
                var slot = sorted[i];
                if (stamp[slot] != p)
                {
                    stamp[slot] = p;
                    distinct[slot]++;
                }
            }
        }

        return distinct;
    }
}
