using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// Someone must be talked to: who, why (the source and its evidence), when (the window), how (a suggested
/// style and mode, each with its reason) and, where the source fixes one, by whom. A demand merged from
/// several sources lists all of them in <see cref="Sources"/>. Immutable and thread-safe.
/// </summary>
public sealed record TalkDemand
{
    /// <summary>Creates a demand.</summary>
    /// <param name="id">A stable id: the same input gives the same id, such as <c>annual-2017-P001</c>.</param>
    /// <param name="subjectId">The id of the person to be talked to.</param>
    /// <param name="unitId">The id of the unit the talk is about (the subject's unit).</param>
    /// <param name="source">The source of the demand (the first one when merged).</param>
    /// <param name="window">The dates within which the talk must take place (inclusive).</param>
    /// <param name="style">The suggested style.</param>
    /// <param name="styleReason">Why that style: a code with arguments, rendered by <see cref="TextRenderer"/>.</param>
    /// <param name="mode">The suggested mode.</param>
    /// <param name="modeReason">Why that mode: a code with arguments, rendered by <see cref="TextRenderer"/>.</param>
    /// <param name="requiredLeaderId">The id of the leader who must hold the talk, when the source fixes one.</param>
    /// <param name="requiredLeaderRole">The role the leader must have, when the source fixes one.</param>
    /// <param name="evidence">The evidence behind the demand; may be empty.</param>
    /// <param name="sources">Every source the demand answers; <see langword="null"/> means only <paramref name="source"/>.</param>
    public TalkDemand(
        string id,
        string subjectId,
        string unitId,
        DemandSource source,
        DateInterval window,
        TalkStyle style,
        Reason styleReason,
        TalkMode mode,
        Reason modeReason,
        string? requiredLeaderId = null,
        LeaderRole? requiredLeaderRole = null,
        IEnumerable<DemandEvidence>? evidence = null,
        IEnumerable<DemandSource>? sources = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id);
        SubjectId = Guard.NotNullOrWhiteSpace(subjectId);
        UnitId = Guard.NotNullOrWhiteSpace(unitId);
        Source = Enum.IsDefined(source) ? source : throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown demand source.");
        Window = Guard.NotNull(window);
        Style = Enum.IsDefined(style) ? style : throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown talk style.");
        StyleReason = Guard.NotNull(styleReason);
        Mode = Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown talk mode.");
        ModeReason = Guard.NotNull(modeReason);
        if (requiredLeaderId is not null && string.IsNullOrWhiteSpace(requiredLeaderId))
        {
            throw new ArgumentException("The required leader id must be null (anyone) or a leader id, not empty.", nameof(requiredLeaderId));
        }

        if (requiredLeaderRole is { } role && !Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(requiredLeaderRole), role, "Unknown leader role.");
        }

        RequiredLeaderId = requiredLeaderId;
        RequiredLeaderRole = requiredLeaderRole;
        Evidence = evidence is null ? Array.Empty<DemandEvidence>() : ReadOnly.Items(evidence, nameof(evidence));
        var sourceList = sources is null ? new List<DemandSource> { source } : sources.Distinct().Order().ToList();
        foreach (var item in sourceList)
        {
            if (!Enum.IsDefined(item))
            {
                throw new ArgumentOutOfRangeException(nameof(sources), item, "Unknown demand source.");
            }
        }

        if (!sourceList.Contains(source))
        {
            throw new ArgumentException($"The sources must include the source {source}.", nameof(sources));
        }

        Sources = ReadOnly.Wrap(sourceList);
    }

    // One shared read-only list per source: most demands answer one source, so they share it instead of allocating one each.
    private static readonly IReadOnlyList<DemandSource>[] SingleSources =
        Enum.GetValues<DemandSource>().Select(s => (IReadOnlyList<DemandSource>)Array.AsReadOnly(new[] { s })).ToArray();

    // Checks nothing: only Trusted and TrustedShared call it, for values the generator has already checked.
    private TalkDemand(string id, string subjectId, string unitId, DemandSource source, DateInterval window, TalkStyle style, Reason styleReason, TalkMode mode, Reason modeReason, string? requiredLeaderId, LeaderRole? requiredLeaderRole, IReadOnlyList<DemandEvidence> evidence, IReadOnlyList<DemandSource>? sources = null)
    {
        Id = id;
        SubjectId = subjectId;
        UnitId = unitId;
        Source = source;
        Window = window;
        Style = style;
        StyleReason = styleReason;
        Mode = mode;
        ModeReason = modeReason;
        RequiredLeaderId = requiredLeaderId;
        RequiredLeaderRole = requiredLeaderRole;
        Evidence = evidence;
        Sources = sources ?? SingleSources[(int)source];
    }

    /// <summary>A stable id: the same input gives the same id, such as <c>annual-2017-P001</c>.</summary>
    public string Id { get; }

    /// <summary>The id of the person to be talked to.</summary>
    public string SubjectId { get; }

    /// <summary>The id of the unit the talk is about (the subject's unit).</summary>
    public string UnitId { get; }

    /// <summary>The source of the demand (the first one when merged).</summary>
    public DemandSource Source { get; }

    /// <summary>The dates within which the talk must take place (inclusive).</summary>
    public DateInterval Window { get; }

    /// <summary>The suggested style.</summary>
    public TalkStyle Style { get; }

    /// <summary>Why that style, such as <c>demands.inspection-score-below(score=72, threshold=80, style=warning)</c>; render it with <see cref="TextRenderer"/>.</summary>
    public Reason StyleReason { get; }

    /// <summary>The suggested mode.</summary>
    public TalkMode Mode { get; }

    /// <summary>Why that mode, such as <c>demands.mode-default(mode=in-person)</c>; render it with <see cref="TextRenderer"/>.</summary>
    public Reason ModeReason { get; }

    /// <summary>The id of the leader who must hold the talk, when the source fixes one.</summary>
    public string? RequiredLeaderId { get; }

    /// <summary>The role the leader must have, when the source fixes one.</summary>
    public LeaderRole? RequiredLeaderRole { get; }

    /// <summary>The evidence behind the demand; may be empty.</summary>
    public IReadOnlyList<DemandEvidence> Evidence { get; }

    /// <summary>Every source the demand answers, in enum order; one item unless merged.</summary>
    public IReadOnlyList<DemandSource> Sources { get; }

    /// <summary>Whether the demand was merged from several sources.</summary>
    public bool IsMerged => Sources.Count > 1;

    /// <summary>
    /// Builds a demand from values the generator has already checked (non-empty strings, defined enums,
    /// evidence without nulls), skipping the public constructor's checks: thousands are built per run.
    /// </summary>
    /// <remarks>
    /// The optional <c>sources</c> lists every source, distinct and in enum order (including <c>source</c>);
    /// <see langword="null"/> means only <c>source</c>.
    /// </remarks>
    // Skips the checks (the generator builds thousands of demands per run and has checked every value); copies the evidence.
    internal static TalkDemand Trusted(string id, string subjectId, string unitId, DemandSource source, DateInterval window, TalkStyle style, Reason styleReason, TalkMode mode, Reason modeReason, string? requiredLeaderId, LeaderRole? requiredLeaderRole, IReadOnlyList<DemandEvidence> evidence, IReadOnlyList<DemandSource>? sources = null)
    {
        var copy = new DemandEvidence[evidence.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = evidence[i];
        }

        return new TalkDemand(id, subjectId, unitId, source, window, style, styleReason, mode, modeReason, requiredLeaderId, requiredLeaderRole, Array.AsReadOnly(copy), sources);
    }

    /// <summary>
    /// Like <see cref="Trusted"/>, but keeps <paramref name="evidence"/> itself: the caller hands over a read-only
    /// list nobody changes afterwards, so demands with the same evidence can share one list.
    /// </summary>
    // Skips the checks and the evidence copy: demands of one source share one evidence list instead of one copy each.
    internal static TalkDemand TrustedShared(string id, string subjectId, string unitId, DemandSource source, DateInterval window, TalkStyle style, Reason styleReason, TalkMode mode, Reason modeReason, string? requiredLeaderId, LeaderRole? requiredLeaderRole, System.Collections.ObjectModel.ReadOnlyCollection<DemandEvidence> evidence)
        => new(id, subjectId, unitId, source, window, style, styleReason, mode, modeReason, requiredLeaderId, requiredLeaderRole, evidence);
}
