using System;
using System.Collections.Generic;

namespace TalkEngine.Organization;

/// <summary>
/// A node of the organisation tree (单位/部门): a department or a company, with its kind, its integrity
/// risk and its sensitive posts (敏感岗位). Immutable and thread-safe.
/// </summary>
/// <param name="Id">The unit's id, unique in the roster.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Kind">The unit's kind.</param>
/// <param name="ParentId">The parent unit's id; <see langword="null"/> for a root.</param>
/// <param name="RiskLevel">The unit's integrity-risk level.</param>
/// <param name="SensitivePosts">The names of the unit's sensitive posts (procurement, finance, …); may be empty.</param>
public sealed record Unit(string Id, string Name, UnitKind Kind, string? ParentId, IntegrityRiskLevel RiskLevel, IReadOnlyList<string> SensitivePosts)
{
    /// <summary>Creates a unit with no sensitive posts.</summary>
    /// <param name="id">The unit's id, unique in the roster.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">The unit's kind.</param>
    /// <param name="parentId">The parent unit's id; <see langword="null"/> for a root.</param>
    /// <param name="riskLevel">The unit's integrity-risk level.</param>
    public Unit(string id, string name, UnitKind kind, string? parentId, IntegrityRiskLevel riskLevel)
        : this(id, name, kind, parentId, riskLevel, Array.Empty<string>())
    {
    }

    /// <summary>The unit's id, unique in the roster.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The unit's name.</summary>
    public string Name { get; } = Guard.NotNullOrWhiteSpace(Name);

    /// <summary>The unit's kind.</summary>
    public UnitKind Kind { get; } = Kind.Code is null ? throw new ArgumentException("The unit kind has no code; use a well-known UnitKind or new UnitKind(\"code\").", nameof(Kind)) : Kind;

    /// <summary>The parent unit's id; <see langword="null"/> for a root.</summary>
    public string? ParentId { get; } = ParentId is not null && string.IsNullOrWhiteSpace(ParentId)
        ? throw new ArgumentException("The parent id must be null (a root) or a unit id, not empty.", nameof(ParentId))
        : ParentId;

    /// <summary>The unit's integrity-risk level.</summary>
    public IntegrityRiskLevel RiskLevel { get; } = Enum.IsDefined(RiskLevel) ? RiskLevel : throw new ArgumentOutOfRangeException(nameof(RiskLevel), RiskLevel, "Unknown risk level.");

    /// <summary>The names of the unit's sensitive posts (procurement, finance, …); may be empty, never repeated.</summary>
    public IReadOnlyList<string> SensitivePosts { get; } = ReadOnly.Ids(SensitivePosts, nameof(SensitivePosts));

    /// <summary>Whether the unit has a sensitive post.</summary>
    public bool HasSensitivePosts => SensitivePosts.Count > 0;
}
