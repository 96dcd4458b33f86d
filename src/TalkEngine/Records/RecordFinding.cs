using System;
using System.Collections.Generic;
using System.Linq;

namespace TalkEngine.Records;

/// <summary>
/// One thing wrong with a talk record: which record, what kind, how serious, the ids involved and
/// how to fix it (a <see cref="TalkEngine.Reason"/>). Immutable and thread-safe.
/// </summary>
public sealed record RecordFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="recordId">The record the finding is about.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="ids">The ids involved (person, leader, unit, demand…), in a deterministic order.</param>
    /// <param name="reason">What is wrong and how to fix it, as a code with arguments (<c>records.unknown-subject(subject=P404)</c>); render it with <see cref="TextRenderer"/>.</param>
    public RecordFinding(string recordId, RecordFindingKind kind, IEnumerable<string> ids, Reason reason)
    {
        RecordId = Guard.NotNullOrWhiteSpace(recordId);
        Kind = kind;
        Ids = Array.AsReadOnly(Guard.NotNull(ids).ToArray());
        Reason = Guard.NotNull(reason);
    }

    /// <summary>The record the finding is about.</summary>
    public string RecordId { get; }

    /// <summary>What is wrong.</summary>
    public RecordFindingKind Kind { get; }

    /// <summary>Whether the record is rejected (<see cref="RecordFindingSeverity.Error"/>) or only flagged.</summary>
    public RecordFindingSeverity Severity => SeverityOf(Kind);

    /// <summary>The ids involved.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>What is wrong and how to fix it, as a code with arguments; render it with <see cref="TextRenderer"/>.</summary>
    public Reason Reason { get; }

    /// <summary>The severity of a kind of finding: roster contradictions are errors, the rest warnings.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The severity.</returns>
    public static RecordFindingSeverity SeverityOf(RecordFindingKind kind) => kind switch
    {
        RecordFindingKind.UnknownRecorder
            or RecordFindingKind.UnknownDemand
            or RecordFindingKind.OutsideDemandWindow
            or RecordFindingKind.SourceMismatch
            or RecordFindingKind.RequiredLeaderAbsent
            or RecordFindingKind.CommitmentDueBeforeTalk
            or RecordFindingKind.UnknownReviewedRecord
            or RecordFindingKind.UnknownReviewedCommitment
            or RecordFindingKind.ReviewOfAnotherSubject
            or RecordFindingKind.ReviewNotAfterReviewedTalk => RecordFindingSeverity.Warning,
        _ => RecordFindingSeverity.Error,
    };

    /// <inheritdoc />
    public override string ToString() => $"[{Severity} {Kind}] {RecordId}: {Reason}";
}
