using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Demands;

/// <summary>
/// The result of generating demands: the demands (sorted by id), the people excluded with their reasons
/// and the overlaps found. Immutable and thread-safe.
/// </summary>
public sealed class DemandSet
{
    /// <summary>Creates a set.</summary>
    /// <param name="demands">The demands; ids must be unique.</param>
    /// <param name="exclusions">The exclusions; may be empty.</param>
    /// <param name="overlaps">The overlaps; may be empty.</param>
    /// <exception cref="ArgumentException">A collection holds a <see langword="null"/> item, or two demands share an id.</exception>
    public DemandSet(IEnumerable<TalkDemand> demands, IEnumerable<DemandExclusion>? exclusions = null, IEnumerable<DemandOverlap>? overlaps = null)
    {
        var demandList = CopyWithoutNulls(demands);

        // The generator hands over its demands already in id order; checking is linear, sorting is not.
        // One pass tells both whether the list is sorted and, when it is, whether an id repeats.
        if (!IsStrictlySortedById(demandList))
        {
            demandList.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            for (var i = 1; i < demandList.Count; i++)
            {
                if (string.Equals(demandList[i - 1].Id, demandList[i].Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Two demands share the id '{demandList[i].Id}'; demand ids must be unique.", nameof(demands));
                }
            }
        }

        var exclusionList = exclusions is null ? new List<DemandExclusion>() : Guard.NoNullItems(exclusions).ToList();
        exclusionList.Sort(CompareExclusions);
        var overlapList = overlaps is null ? new List<DemandOverlap>() : Guard.NoNullItems(overlaps).ToList();
        if (!IsSorted(overlapList, CompareOverlaps))
        {
            overlapList.Sort(CompareOverlaps);
        }

        Demands = demandList.AsReadOnly();
        Exclusions = exclusionList.AsReadOnly();
        Overlaps = overlapList.AsReadOnly();
    }

    /// <summary>An empty set.</summary>
    public static DemandSet Empty { get; } = new(Array.Empty<TalkDemand>());

    /// <summary>The demands, sorted by id (ordinal).</summary>
    public IReadOnlyList<TalkDemand> Demands { get; }

    /// <summary>The people excluded, with their reasons, sorted by person id, source, unit id, status, then reason.</summary>
    public IReadOnlyList<DemandExclusion> Exclusions { get; }

    /// <summary>The people with overlapping demands from several sources, sorted by person id.</summary>
    public IReadOnlyList<DemandOverlap> Overlaps { get; }

    /// <summary>The demands that answer <paramref name="source"/> (including merged ones), sorted by id.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The demands.</returns>
    public IReadOnlyList<TalkDemand> BySource(DemandSource source) => Demands.Where(d => d.Sources.Contains(source)).ToArray();

    /// <summary>The demands about <paramref name="subjectId"/>, sorted by id.</summary>
    /// <param name="subjectId">The person's id.</param>
    /// <returns>The demands.</returns>
    public IReadOnlyList<TalkDemand> ForSubject(string subjectId)
    {
        Guard.NotNull(subjectId);
        return Demands.Where(d => string.Equals(d.SubjectId, subjectId, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>One presized copy (the generator hands over tens of thousands), rejecting null items as <see cref="Guard.NoNullItems"/> does.</summary>
    private static List<TalkDemand> CopyWithoutNulls(IEnumerable<TalkDemand> demands)
    {
        ArgumentNullException.ThrowIfNull(demands);
        var list = demands is ICollection<TalkDemand> collection ? new List<TalkDemand>(collection.Count) : new List<TalkDemand>();
        var index = 0;
        foreach (var demand in demands)
        {
            if (demand is null)
            {
                throw new ArgumentException($"Item {index} is null; remove it or supply a value.", nameof(demands));
            }

            list.Add(demand);
            index++;
        }

        return list;
    }

    /// <summary>Whether the ids strictly increase; a repeated id also answers no, and the sorting path reports it.</summary>
    private static bool IsStrictlySortedById(List<TalkDemand> demands)
    {
        for (var i = 1; i < demands.Count; i++)
        {
            if (string.CompareOrdinal(demands[i - 1].Id, demands[i].Id) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSorted<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int CompareOverlaps(DemandOverlap a, DemandOverlap b)
    {
        var c = string.CompareOrdinal(a.SubjectId, b.SubjectId);
        return c != 0 ? c : string.CompareOrdinal(a.DemandIds[0], b.DemandIds[0]);
    }

    private static int CompareExclusions(DemandExclusion a, DemandExclusion b)
    {
        var c = string.CompareOrdinal(a.PersonId, b.PersonId);
        if (c == 0)
        {
            c = a.Source.CompareTo(b.Source);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.UnitId, b.UnitId);
        }

        if (c == 0)
        {
            c = a.Status.CompareTo(b.Status);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Reason.ToString(), b.Reason.ToString());
    }
}
