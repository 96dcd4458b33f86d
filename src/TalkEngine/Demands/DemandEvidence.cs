namespace TalkEngine.Demands;

/// <summary>
/// A fact behind a talk demand: a score, a finding, a case number. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">A stable code for the kind of evidence, such as <c>democratic-evaluation-score</c>.</param>
/// <param name="Description">A sentence for people saying what the evidence is.</param>
/// <param name="Score">The score, when the evidence is one.</param>
/// <param name="Reference">The id of the document, case or round it comes from, when known.</param>
public sealed record DemandEvidence(string Kind, string Description, decimal? Score = null, string? Reference = null)
{
    /// <summary>A stable code for the kind of evidence, such as <c>democratic-evaluation-score</c>.</summary>
    public string Kind { get; } = Guard.NotNullOrWhiteSpace(Kind);

    /// <summary>A sentence for people saying what the evidence is.</summary>
    public string Description { get; } = Guard.NotNullOrWhiteSpace(Description);

    /// <summary>The score, when the evidence is one.</summary>
    public decimal? Score { get; } = Score;

    /// <summary>The id of the document, case or round it comes from, when known.</summary>
    public string? Reference { get; } = Reference;
}
