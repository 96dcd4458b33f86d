namespace TalkEngine.Demands;

/// <summary>How a source that ranks people by score chooses whom to talk to.</summary>
public enum ScoreSelection
{
    /// <summary>Everyone concerned, whatever the score.</summary>
    All = 0,

    /// <summary>Those scoring strictly below the threshold.</summary>
    BelowThreshold = 1,

    /// <summary>The N lowest scores (ties broken by id, ordinal).</summary>
    LowestN = 2,
}
