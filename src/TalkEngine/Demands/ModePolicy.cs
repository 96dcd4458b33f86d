using System.Collections.Generic;

namespace TalkEngine.Demands;

/// <summary>
/// How the mode of a talk is chosen: the default mode, video for the unit kinds listed (distant project
/// companies, say), and in person whatever the rest says for the styles listed (an admonition is in person).
/// </summary>
public sealed class ModePolicy
{
    /// <summary>The mode when no rule applies. Default: in person.</summary>
    public TalkMode Default { get; set; } = TalkMode.InPerson;

    /// <summary>The codes of unit kinds whose heads are talked to by video. Default: none.</summary>
    public IList<string> VideoUnitKinds { get; set; } = new List<string>();

    /// <summary>The styles that are always in person. Default: admonition and warning.</summary>
    public IList<TalkStyle> InPersonStyles { get; set; } = new List<TalkStyle> { TalkStyle.Admonition, TalkStyle.Warning };
}
