namespace TalkEngine.Demands;

/// <summary>
/// A fact behind a talk demand: a score, a finding, a case number. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">A stable code for the kind of evidence, such as <c>democratic-evaluation-score</c>.</param>
/// <param name="Description">What the evidence is, as a code with arguments (text the host gave, such as a petition's summary, is an argument); render it with <see cref="TextRenderer"/>.</param>
/// <param name="Score">The score, when the evidence is one.</param>
/// <param name="Reference">The id of the document, case or round it comes from, when known.</param>
public sealed record DemandEvidence(string Kind, Reason Description, decimal? Score = null, string? Reference = null)
{
    /// <summary>A stable code for the kind of evidence, such as <c>democratic-evaluation-score</c>.</summary>
    public string Kind { get; } = Guard.NotNullOrWhiteSpace(Kind);

    /// <summary>What the evidence is, such as <c>demands.post(unit=财务部, role=administrative-head)</c>; render it with <see cref="TextRenderer"/>.</summary>
    public Reason Description { get; } = Guard.NotNull(Description);

    /// <summary>The score, when the evidence is one.</summary>
    public decimal? Score { get; } = Score;

    /// <summary>The id of the document, case or round it comes from, when known.</summary>
    public string? Reference { get; } = Reference;
}
