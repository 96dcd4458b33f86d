using System;
using NodaTime;

namespace TalkEngine.Demands;

/// <summary>A petition case (信访件) about a person, and what its investigation found. Immutable and thread-safe.</summary>
/// <param name="CaseNumber">The case number, unique among cases.</param>
/// <param name="SubjectId">The id of the person the case is about.</param>
/// <param name="ConcludedOn">When the investigation concluded; the talk window starts then.</param>
/// <param name="Finding">What the investigation found.</param>
/// <param name="Summary">A short summary for the leader who holds the talk.</param>
/// <param name="UnitId">The unit the case concerns; <see langword="null"/> to take the subject's first head post (or any post).</param>
public sealed record PetitionCase(string CaseNumber, string SubjectId, LocalDate ConcludedOn, PetitionFinding Finding, string Summary, string? UnitId = null)
{
    /// <summary>The case number, unique among cases.</summary>
    public string CaseNumber { get; } = Guard.NotNullOrWhiteSpace(CaseNumber);

    /// <summary>The id of the person the case is about.</summary>
    public string SubjectId { get; } = Guard.NotNullOrWhiteSpace(SubjectId);

    /// <summary>When the investigation concluded; the talk window starts then.</summary>
    public LocalDate ConcludedOn { get; } = ConcludedOn;

    /// <summary>What the investigation found.</summary>
    public PetitionFinding Finding { get; } = Enum.IsDefined(Finding) ? Finding : throw new ArgumentOutOfRangeException(nameof(Finding), Finding, "Unknown finding.");

    /// <summary>A short summary for the leader who holds the talk.</summary>
    public string Summary { get; } = Guard.NotNullOrWhiteSpace(Summary);

    /// <summary>The unit the case concerns; <see langword="null"/> to take the subject's first head post (or any post).</summary>
    public string? UnitId { get; } = UnitId is not null && string.IsNullOrWhiteSpace(UnitId)
        ? throw new ArgumentException("The unit id must be null or a unit id, not empty.", nameof(UnitId))
        : UnitId;
}
