namespace TalkEngine.Demands;

/// <summary>A democratic-evaluation score (民主测评) of one head, given during an inspection round.</summary>
/// <param name="PersonId">The head's id.</param>
/// <param name="Score">The score (commonly 0–100; higher is better).</param>
public sealed record EvaluationScore(string PersonId, decimal Score)
{
    /// <summary>The head's id.</summary>
    public string PersonId { get; } = Guard.NotNullOrWhiteSpace(PersonId);

    /// <summary>The score (commonly 0–100; higher is better).</summary>
    public decimal Score { get; } = Score;
}
