namespace TalkEngine.Content;

/// <summary>
/// What a catalogue item or an outline item is. The first eight are the kinds of <see cref="ContentCatalogue"/> items;
/// the others are made for one outline from its talk and records and cannot appear in a catalogue.
/// </summary>
public enum ContentItemKind
{
    /// <summary>A requirement kept in every talk (一岗双责, 三个责任, 四种人, 六慎).</summary>
    BaseRequirement = 0,

    /// <summary>The stress for a post role (administrative head, party secretary, both, deputy).</summary>
    RoleFocus = 1,

    /// <summary>A requirement of the year (2017: 两学一做, the 19th Congress spirit, 四个意识…).</summary>
    TopicalRequirement = 2,

    /// <summary>How to hold a talk of one style.</summary>
    StyleGuidance = 3,

    /// <summary>A point of one source (inspection, survey, petition, pre-holiday per holiday…), a sensitive post or a high risk.</summary>
    SourcePoint = 4,

    /// <summary>A question to ask.</summary>
    Question = 5,

    /// <summary>A commitment (表态) to seek.</summary>
    Commitment = 6,

    /// <summary>The effect the talk should reach.</summary>
    Effect = 7,

    /// <summary>Outline only: a fact behind the demand (a score, a finding, a holiday, a sensitive post).</summary>
    Evidence = 8,

    /// <summary>Outline only: how the talk is arranged (style, mode, who attends, when).</summary>
    Arrangement = 9,

    /// <summary>Outline only: an open commitment from an earlier talk, to follow up.</summary>
    FollowUp = 10,

    /// <summary>Outline only: a problem found in the subject's last talk.</summary>
    PreviousProblem = 11,
}
