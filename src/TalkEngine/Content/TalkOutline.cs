using System.Collections.Generic;
using NodaTime;
using TalkEngine.Demands;

namespace TalkEngine.Content;

/// <summary>
/// The outline (约谈提纲) of one assigned talk, answering the four questions (<see cref="Sections"/>: what, how, which
/// problems, what effect) with the questions to ask, the commitments to obtain and the earlier commitments to follow
/// up; every line says why it is there. Language-neutral data: <see cref="RenderMarkdown"/> and <see cref="RenderText"/>
/// write it in a language, byte-identical for the same input. Made by <see cref="OutlineBuilder"/> or
/// <c>YearPlan.Outline</c>. Immutable and thread-safe.
/// </summary>
public sealed class TalkOutline
{
    internal TalkOutline(
        TalkDemand demand,
        string subjectName,
        string unitName,
        string leaderId,
        string leaderName,
        IReadOnlyList<SubjectRole> roles,
        string catalogueVersion,
        IReadOnlyList<OutlineSection> sections,
        IReadOnlyList<OutlineItem> questions,
        IReadOnlyList<OutlineItem> commitments,
        IReadOnlyList<OutlineItem> followUp)
    {
        DemandId = demand.Id;
        SubjectId = demand.SubjectId;
        SubjectName = subjectName;
        UnitId = demand.UnitId;
        UnitName = unitName;
        LeaderId = leaderId;
        LeaderName = leaderName;
        Sources = demand.Sources;
        Style = demand.Style;
        Mode = demand.Mode;
        Window = demand.Window;
        Roles = roles;
        CatalogueVersion = catalogueVersion;
        Sections = sections;
        Questions = questions;
        Commitments = commitments;
        FollowUp = followUp;
    }

    /// <summary>The demand the talk answers.</summary>
    public string DemandId { get; }

    /// <summary>The person talked to.</summary>
    public string SubjectId { get; }

    /// <summary>The subject's name.</summary>
    public string SubjectName { get; }

    /// <summary>The unit the talk is about.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name.</summary>
    public string UnitName { get; }

    /// <summary>The leader who holds the talk.</summary>
    public string LeaderId { get; }

    /// <summary>The leader's name.</summary>
    public string LeaderName { get; }

    /// <summary>The demand's sources.</summary>
    public IReadOnlyList<DemandSource> Sources { get; }

    /// <summary>The style.</summary>
    public TalkStyle Style { get; }

    /// <summary>The mode.</summary>
    public TalkMode Mode { get; }

    /// <summary>When the talk takes place.</summary>
    public DateInterval Window { get; }

    /// <summary>The subject's roles during the window (<see cref="SubjectRole.Both"/> with both head roles for 一肩挑).</summary>
    public IReadOnlyList<SubjectRole> Roles { get; }

    /// <summary>The version of the catalogue the items come from.</summary>
    public string CatalogueVersion { get; }

    /// <summary>The four answers, in the order what, how, problems, effect.</summary>
    public IReadOnlyList<OutlineSection> Sections { get; }

    /// <summary>The questions to ask.</summary>
    public IReadOnlyList<OutlineItem> Questions { get; }

    /// <summary>The commitments (表态) to obtain.</summary>
    public IReadOnlyList<OutlineItem> Commitments { get; }

    /// <summary>The subject's commitments from earlier talks, due and not yet reviewed, to follow up.</summary>
    public IReadOnlyList<OutlineItem> FollowUp { get; }

    /// <summary>The outline as Markdown (a heading, the talk's facts, one numbered list per part, each line with its reason).</summary>
    /// <param name="text">The renderer of the language wanted.</param>
    /// <returns>The Markdown, lines ended by <c>\n</c>.</returns>
    public string RenderMarkdown(TextRenderer text) => OutlineRenderer.Render(this, Guard.NotNull(text), markdown: true);

    /// <summary>The outline as plain text (the same content as <see cref="RenderMarkdown"/>, indented instead of marked up).</summary>
    /// <param name="text">The renderer of the language wanted.</param>
    /// <returns>The text, lines ended by <c>\n</c>.</returns>
    public string RenderText(TextRenderer text) => OutlineRenderer.Render(this, Guard.NotNull(text), markdown: false);
}
