namespace TalkEngine.Records;

/// <summary>
/// A later talk's review of a commitment made in an earlier one: once reviewed, a commitment leaves the follow-up list
/// of the subject's next outline (one not fulfilled comes back as a problem found instead, when the reviewing talk is
/// the last one). Immutable and thread-safe.
/// </summary>
public sealed record CommitmentReview
{
    /// <summary>Creates a review.</summary>
    /// <param name="recordId">The record in which the commitment was made.</param>
    /// <param name="commitmentNumber">The commitment's position in that record's <see cref="TalkRecord.Commitments"/>, from 1.</param>
    /// <param name="outcome">How it turned out.</param>
    /// <exception cref="System.ArgumentException"><paramref name="recordId"/> is empty.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="commitmentNumber"/> is below 1, or <paramref name="outcome"/> is undefined.</exception>
    public CommitmentReview(string recordId, int commitmentNumber, CommitmentOutcome outcome)
    {
        RecordId = Guard.NotNullOrWhiteSpace(recordId);
        CommitmentNumber = Guard.Positive(commitmentNumber);
        Outcome = System.Enum.IsDefined(outcome) ? outcome : throw new System.ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
    }

    /// <summary>The record in which the commitment was made.</summary>
    public string RecordId { get; }

    /// <summary>The commitment's position in that record's commitments, from 1.</summary>
    public int CommitmentNumber { get; }

    /// <summary>How it turned out.</summary>
    public CommitmentOutcome Outcome { get; }
}
