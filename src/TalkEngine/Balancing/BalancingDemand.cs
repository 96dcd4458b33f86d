using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace TalkEngine.Balancing;

/// <summary>
/// A talk to be held, as balancing sees it: who is talked to (the subject and his unit), in which
/// window, from which source, whether a role is required, whether the source fixes the talker
/// (the inspection team leader, the discipline secretary), and the preferred talkers (by default
/// the leaders who supervise the subject's unit, 分管领导). Immutable and thread-safe.
/// </summary>
public sealed class BalancingDemand
{
    /// <summary>Creates a demand.</summary>
    /// <param name="id">A unique id.</param>
    /// <param name="subjectId">The person talked to.</param>
    /// <param name="subjectUnitId">The subject's unit.</param>
    /// <param name="window">When the talk must take place (inclusive).</param>
    /// <param name="source">The source label, such as <c>annual</c>, <c>inspection</c>, <c>satisfaction</c>.</param>
    /// <param name="requiredRole">A role the talker must have, or <see langword="null"/>.</param>
    /// <param name="fixedTalkerId">The talker fixed by the source, or <see langword="null"/> to assign one.</param>
    /// <param name="preferredTalkerIds">The preferred talkers (usually the supervising leaders).</param>
    public BalancingDemand(
        string id,
        string subjectId,
        string subjectUnitId,
        DateInterval window,
        string source,
        string? requiredRole = null,
        string? fixedTalkerId = null,
        IEnumerable<string>? preferredTalkerIds = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        SubjectId = Guard.NotNullOrWhiteSpace(subjectId);
        SubjectUnitId = Guard.NotNullOrWhiteSpace(subjectUnitId);
        Window = Guard.NotNull(window);
        Source = Guard.NotNullOrWhiteSpace(source);
        RequiredRole = requiredRole;
        FixedTalkerId = fixedTalkerId;
        PreferredTalkerIds = preferredTalkerIds is null ? [] : Guard.NoNullItems(preferredTalkerIds).Distinct(System.StringComparer.Ordinal).ToArray();
    }

    /// <summary>The unique id.</summary>
    public string Id { get; }

    /// <summary>The person talked to.</summary>
    public string SubjectId { get; }

    /// <summary>The subject's unit.</summary>
    public string SubjectUnitId { get; }

    /// <summary>The window (inclusive).</summary>
    public DateInterval Window { get; }

    /// <summary>The source label.</summary>
    public string Source { get; }

    /// <summary>The role the talker must have, or <see langword="null"/>.</summary>
    public string? RequiredRole { get; }

    /// <summary>The talker fixed by the source, or <see langword="null"/>.</summary>
    public string? FixedTalkerId { get; }

    /// <summary>The preferred talkers.</summary>
    public IReadOnlyList<string> PreferredTalkerIds { get; }
}
