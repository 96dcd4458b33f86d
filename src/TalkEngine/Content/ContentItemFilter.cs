using System;
using System.Collections.Generic;
using System.Numerics;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Content;

/// <summary>
/// Narrows a selection to the catalogue items whose conditions can hold, with one bit set per condition and value:
/// a selection intersects a few sets of 64-item words instead of testing every item's conditions one by one. The
/// result is a superset (dates are left to the full test), so the builder still tests each candidate exactly.
/// Immutable after construction; thread-safe.
/// </summary>
internal sealed class ContentItemFilter
{
    private readonly int _words;
    private readonly int _count;

    // Per condition: the items without it ("free"), and per value the items that list it.
    private readonly ulong[] _roleFree;
    private readonly ulong[][] _byRole;
    private readonly ulong[] _sourceFree;
    private readonly ulong[][] _bySource;
    private readonly ulong[] _styleFree;
    private readonly ulong[][] _byStyle;
    private readonly ulong[] _unitKindFree;
    private readonly Dictionary<string, ulong[]> _byUnitKind = new(StringComparer.Ordinal);
    private readonly ulong[] _yearFree;
    private readonly Dictionary<int, ulong[]> _byYear = [];
    private readonly ulong[] _holidayFree;
    private readonly Dictionary<string, ulong[]> _byHoliday = new(StringComparer.Ordinal);
    private readonly ulong[] _notSensitiveOnly;

    // Per risk level: the items whose minimum level is at most that level (or that have none).
    private readonly ulong[][] _byRisk;

    public ContentItemFilter(IReadOnlyList<ContentItem> items)
    {
        _count = items.Count;
        _words = (items.Count + 63) / 64;
        _roleFree = New();
        _byRole = NewPerValue(Enum.GetValues<SubjectRole>().Length);
        _sourceFree = New();
        _bySource = NewPerValue(Enum.GetValues<DemandSource>().Length);
        _styleFree = New();
        _byStyle = NewPerValue(Enum.GetValues<TalkStyle>().Length);
        _unitKindFree = New();
        _yearFree = New();
        _holidayFree = New();
        _notSensitiveOnly = New();
        var levels = Enum.GetValues<IntegrityRiskLevel>();
        _byRisk = NewPerValue(levels.Length);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Mark(item.Roles.Count == 0 ? _roleFree : null, i);
            foreach (var role in item.Roles)
            {
                Mark(_byRole[(int)role], i);
            }

            Mark(item.Sources.Count == 0 ? _sourceFree : null, i);
            foreach (var source in item.Sources)
            {
                Mark(_bySource[(int)source], i);
            }

            Mark(item.Styles.Count == 0 ? _styleFree : null, i);
            foreach (var style in item.Styles)
            {
                Mark(_byStyle[(int)style], i);
            }

            Mark(item.UnitKinds.Count == 0 ? _unitKindFree : null, i);
            foreach (var kind in item.UnitKinds)
            {
                Mark(Get(_byUnitKind, kind.Code), i);
            }

            Mark(item.Years.Count == 0 ? _yearFree : null, i);
            foreach (var year in item.Years)
            {
                Mark(Get(_byYear, year), i);
            }

            Mark(item.Holidays.Count == 0 ? _holidayFree : null, i);
            foreach (var holiday in item.Holidays)
            {
                Mark(Get(_byHoliday, holiday), i);
            }

            Mark(item.SensitivePostOnly ? null : _notSensitiveOnly, i);
            foreach (var level in levels)
            {
                Mark(item.MinRiskLevel is { } min && level < min ? null : _byRisk[(int)level], i);
            }
        }
    }

    /// <summary>
    /// The items that may apply to a talk (indexes into the catalogue, ascending): every item that does is among them.
    /// </summary>
    /// <param name="roleMask">The subject's roles, one bit per <see cref="SubjectRole"/>.</param>
    /// <param name="sourceMask">The demand's sources, one bit per <see cref="DemandSource"/>.</param>
    /// <param name="style">The style.</param>
    /// <param name="unitKind">The unit's kind code, empty when unknown.</param>
    /// <param name="risk">The unit's risk level.</param>
    /// <param name="sensitivePost">Whether the subject holds a sensitive post.</param>
    /// <param name="holiday">The holiday key, or null.</param>
    /// <param name="year">The year of the window's start.</param>
    public List<int> Candidates(int roleMask, int sourceMask, TalkStyle style, string unitKind, IntegrityRiskLevel risk, bool sensitivePost, string? holiday, int year)
    {
        Span<ulong> result = stackalloc ulong[_words];
        Span<ulong> any = stackalloc ulong[_words];
        _byRisk[(int)risk].CopyTo(result);
        AndAnyOf(result, any, _roleFree, _byRole, roleMask);
        AndAnyOf(result, any, _sourceFree, _bySource, sourceMask);
        And(result, any, _styleFree, _byStyle[(int)style]);
        And(result, any, _unitKindFree, _byUnitKind.GetValueOrDefault(unitKind.Length == 0 ? "-" : unitKind));
        And(result, any, _yearFree, _byYear.GetValueOrDefault(year));
        And(result, any, _holidayFree, holiday is null ? null : _byHoliday.GetValueOrDefault(holiday));
        if (!sensitivePost)
        {
            for (var w = 0; w < _words; w++)
            {
                result[w] &= _notSensitiveOnly[w];
            }
        }

        var candidates = new List<int>();
        for (var w = 0; w < _words; w++)
        {
            var bits = result[w];
            while (bits != 0)
            {
                var i = (w * 64) + BitOperations.TrailingZeroCount(bits);
                if (i < _count)
                {
                    candidates.Add(i);
                }

                bits &= bits - 1;
            }
        }

        return candidates;
    }

    // result &= free | OR of byValue[v] for every v in mask.
    private void AndAnyOf(Span<ulong> result, Span<ulong> any, ulong[] free, ulong[][] byValue, int mask)
    {
        free.CopyTo(any);
        for (var v = 0; v < byValue.Length; v++)
        {
            if ((mask & (1 << v)) != 0)
            {
                for (var w = 0; w < _words; w++)
                {
                    any[w] |= byValue[v][w];
                }
            }
        }

        for (var w = 0; w < _words; w++)
        {
            result[w] &= any[w];
        }
    }

    // result &= free | listed (listed null: no item lists the value).
    private void And(Span<ulong> result, Span<ulong> any, ulong[] free, ulong[]? listed)
    {
        for (var w = 0; w < _words; w++)
        {
            any[w] = free[w] | (listed is null ? 0UL : listed[w]);
            result[w] &= any[w];
        }
    }

    private ulong[] New() => new ulong[_words];

    private ulong[][] NewPerValue(int values)
    {
        var sets = new ulong[values][];
        for (var v = 0; v < values; v++)
        {
            sets[v] = New();
        }

        return sets;
    }

    private ulong[] Get<TKey>(Dictionary<TKey, ulong[]> sets, TKey key)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets.Add(key, set = New());
        }

        return set;
    }

    private static void Mark(ulong[]? set, int i)
    {
        if (set is not null)
        {
            set[i / 64] |= 1UL << (i % 64);
        }
    }
}
