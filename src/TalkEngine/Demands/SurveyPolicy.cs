namespace TalkEngine.Demands;

/// <summary>
/// Talks by the discipline secretary (纪委书记) with the heads of units that scored low in the previous
/// year's integrity-inspection satisfaction survey, within the plan period. Style: warning (警示式), or
/// admonition (告诫式) below <see cref="AdmonitionBelow"/>.
/// </summary>
public sealed class SurveyPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Which units' heads are talked to. Default: units below the threshold.</summary>
    public ScoreSelection Selection { get; set; } = ScoreSelection.BelowThreshold;

    /// <summary>The threshold for <see cref="ScoreSelection.BelowThreshold"/>. Default: 90.</summary>
    public decimal Threshold { get; set; } = 90m;

    /// <summary>N (units) for <see cref="ScoreSelection.LowestN"/>. Default: 4.</summary>
    public int LowestCount { get; set; } = 4;

    /// <summary>Scores below this get an admonition talk instead of a warning. Default: 60.</summary>
    public decimal AdmonitionBelow { get; set; } = 60m;
}
