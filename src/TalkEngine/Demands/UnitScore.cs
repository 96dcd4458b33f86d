namespace TalkEngine.Demands;

/// <summary>The satisfaction score of one unit in an integrity-inspection satisfaction survey.</summary>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Score">The score (commonly 0–100; higher is better).</param>
public sealed record UnitScore(string UnitId, decimal Score)
{
    /// <summary>The unit's id.</summary>
    public string UnitId { get; } = Guard.NotNullOrWhiteSpace(UnitId);

    /// <summary>The score (commonly 0–100; higher is better).</summary>
    public decimal Score { get; } = Score;
}
