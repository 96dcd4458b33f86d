namespace TalkEngine.Demands;

/// <summary>
/// Talks on the spot during inspection rounds (巡察), by the team leader, in the on-site window. Style
/// bands by democratic-evaluation score: below <see cref="AdmonitionBelow"/> admonition (告诫式), below
/// <see cref="WarningBelow"/> warning (警示式), otherwise (or without a score) reminder (提醒式).
/// </summary>
public sealed class InspectionPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whom to talk to among the heads of the inspected units. Default: those below the threshold.</summary>
    public ScoreSelection Selection { get; set; } = ScoreSelection.BelowThreshold;

    /// <summary>The threshold for <see cref="ScoreSelection.BelowThreshold"/>. Default: 85.</summary>
    public decimal Threshold { get; set; } = 85m;

    /// <summary>N for <see cref="ScoreSelection.LowestN"/>, per round. Default: 3.</summary>
    public int LowestCount { get; set; } = 3;

    /// <summary>Scores below this get a warning talk. Default: 80.</summary>
    public decimal WarningBelow { get; set; } = 80m;

    /// <summary>Scores below this get an admonition talk. Default: 70.</summary>
    public decimal AdmonitionBelow { get; set; } = 70m;
}
