using System;
using System.Collections.Generic;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// An inspection round (巡察) of the Party committee: the units inspected, the team leader (a member of
/// the leadership team), the on-site window and the democratic-evaluation scores of the heads.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Id">The round's id, unique among rounds.</param>
/// <param name="InspectedUnitIds">The ids of the inspected units.</param>
/// <param name="TeamLeaderId">The id of the inspection team leader, a <see cref="Leader"/>.</param>
/// <param name="OnSiteWindow">The dates the team is on site (inclusive); the talks happen then.</param>
/// <param name="Scores">The democratic-evaluation scores of the heads; may be empty.</param>
public sealed record InspectionRound(string Id, IReadOnlyList<string> InspectedUnitIds, string TeamLeaderId, DateInterval OnSiteWindow, IReadOnlyList<EvaluationScore> Scores)
{
    /// <summary>The round's id, unique among rounds.</summary>
    public string Id { get; } = Guard.NotNullOrWhiteSpace(Id);

    /// <summary>The ids of the inspected units, distinct; at least one.</summary>
    public IReadOnlyList<string> InspectedUnitIds { get; } = ReadOnly.Ids(InspectedUnitIds, nameof(InspectedUnitIds)) is { Count: > 0 } ids
        ? ids
        : throw new ArgumentException("An inspection round inspects at least one unit.", nameof(InspectedUnitIds));

    /// <summary>The id of the inspection team leader, a <see cref="Leader"/>.</summary>
    public string TeamLeaderId { get; } = Guard.NotNullOrWhiteSpace(TeamLeaderId);

    /// <summary>The dates the team is on site (inclusive).</summary>
    public DateInterval OnSiteWindow { get; } = Guard.NotNull(OnSiteWindow);

    /// <summary>The democratic-evaluation scores of the heads.</summary>
    public IReadOnlyList<EvaluationScore> Scores { get; } = ReadOnly.Items(Scores, nameof(Scores));
}
