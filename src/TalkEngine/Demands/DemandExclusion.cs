using System;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// A person a source would have asked for but the policy excludes, with the reason: a head seconded
/// to the parent company, a vacant post, …. Immutable and thread-safe.
/// </summary>
/// <param name="PersonId">The person's id.</param>
/// <param name="UnitId">The unit of the post that made the person a candidate, when there is one.</param>
/// <param name="Source">The source that excluded the person.</param>
/// <param name="Status">The status that caused the exclusion.</param>
/// <param name="Reason">Why: <c>demands.excluded</c> (or <c>demands.excluded-with-note</c>) with the person's name, the status, the status period, the source (and the status note); render it with <see cref="TextRenderer"/>.</param>
/// <param name="StatusPeriod">When the status applies, when known.</param>
public sealed record DemandExclusion(string PersonId, string? UnitId, DemandSource Source, PersonStatusKind Status, Reason Reason, DateInterval? StatusPeriod)
{
    /// <summary>The person's id.</summary>
    public string PersonId { get; } = Guard.NotNullOrWhiteSpace(PersonId);

    /// <summary>The unit of the post that made the person a candidate, when there is one.</summary>
    public string? UnitId { get; } = UnitId;

    /// <summary>The source that excluded the person.</summary>
    public DemandSource Source { get; } = Enum.IsDefined(Source) ? Source : throw new ArgumentOutOfRangeException(nameof(Source), Source, "Unknown demand source.");

    /// <summary>The status that caused the exclusion.</summary>
    public PersonStatusKind Status { get; } = Enum.IsDefined(Status) ? Status : throw new ArgumentOutOfRangeException(nameof(Status), Status, "Unknown status.");

    /// <summary>Why: a code with the person's name, the status, the status period, the source and the status note as arguments; render it with <see cref="TextRenderer"/>.</summary>
    public Reason Reason { get; } = Guard.NotNull(Reason);

    /// <summary>When the status applies, when known.</summary>
    public DateInterval? StatusPeriod { get; } = StatusPeriod;
}
