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
        (DemandIds ?? throw new ArgumentNullException(nameof(DemandIds))).Order(StringComparer.Ordinal), nameof(DemandIds)) is { Count: >= 2 } ids
        ? ids
        : throw new ArgumentException("An overlap involves at least two demands.", nameof(DemandIds));

    /// <summary>The sources involved, distinct, in enum order.</summary>
    public IReadOnlyList<DemandSource> Sources { get; } = ReadOnly.Wrap((Sources ?? throw new ArgumentNullException(nameof(Sources))).Distinct().Order().ToList());

    /// <summary>The id of the single demand that replaced them when merged; <see langword="null"/> when kept apart.</summary>
    public string? MergedDemandId { get; } = MergedDemandId;

    /// <summary>Whether the policy merged the demands into one talk.</summary>
    public bool IsMerged => MergedDemandId is not null;
}
