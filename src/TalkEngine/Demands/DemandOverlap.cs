using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// A person with demands from several sources whose windows overlap, and what the policy did about it.
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The person's id.</param>
/// <param name="DemandIds">The ids of the overlapping demands as the sources produced them, sorted.</param>
/// <param name="Sources">The sources involved, in enum order.</param>
/// <param name="MergedDemandId">The id of the single demand that replaced them when merged; <see langword="null"/> when kept apart.</param>
public sealed record DemandOverlap(string SubjectId, IReadOnlyList<string> DemandIds, IReadOnlyList<DemandSource> Sources, string? MergedDemandId)
{
    /// <summary>The person's id.</summary>
    public string SubjectId { get; } = Guard.NotNullOrWhiteSpace(SubjectId);

    /// <summary>The ids of the overlapping demands as the sources produced them, sorted (ordinal); at least two.</summary>
    public IReadOnlyList<string> DemandIds { get; } = ReadOnly.Ids(
        SortedCopy(DemandIds ?? throw new ArgumentNullException(nameof(DemandIds))), nameof(DemandIds)) is { Count: >= 2 } ids
        ? ids
        : throw new ArgumentException("An overlap involves at least two demands.", nameof(DemandIds));

    /// <summary>The sources involved, distinct, in enum order.</summary>
    public IReadOnlyList<DemandSource> Sources { get; } = DistinctSorted(Sources ?? throw new ArgumentNullException(nameof(Sources)));

    /// <summary>The id of the single demand that replaced them when merged; <see langword="null"/> when kept apart.</summary>
    public string? MergedDemandId { get; } = MergedDemandId;

    /// <summary>Whether the policy merged the demands into one talk.</summary>
    public bool IsMerged => MergedDemandId is not null;

    private static string[] SortedCopy(IReadOnlyList<string> ids)
    {
        var copy = new string[ids.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = ids[i];
        }

        Array.Sort(copy, StringComparer.Ordinal);
        return copy;
    }

    private static IReadOnlyList<DemandSource> DistinctSorted(IReadOnlyList<DemandSource> sources)
    {
        var list = new List<DemandSource>(sources.Count);
        foreach (var source in sources)
        {
            if (!list.Contains(source))
            {
                list.Add(source);
            }
        }

        list.Sort();
        return list.AsReadOnly();
    }
}
