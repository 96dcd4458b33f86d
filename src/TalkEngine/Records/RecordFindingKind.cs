namespace TalkEngine.Records;

/// <summary>What is wrong with a talk record, as found by <see cref="TalkRecordValidator"/>.</summary>
public enum RecordFindingKind
{
    /// <summary>Another record has the same id; only the first is kept. Error.</summary>
    DuplicateRecordId,

    /// <summary>The subject is not a person of the roster. Error.</summary>
    UnknownSubject,

    /// <summary>A talker is neither a leader nor a person of the roster. Error.</summary>
    UnknownLeader,

    /// <summary>A talker is the subject of his own talk. Error.</summary>
    LeaderIsSubject,

    /// <summary>On the talk's date the subject was not active (seconded, on leave, left…). Error.</summary>
    SubjectNotActive,

    /// <summary>The record names a unit the roster does not have. Error.</summary>
    UnknownUnit,

    /// <summary>The record answers a demand made for another person. Error.</summary>
    DemandSubjectMismatch,

    /// <summary>The recorder is not in the roster. Warning: the record still counts.</summary>
    UnknownRecorder,

    /// <summary>The record names a demand that the given demands do not hold. Warning.</summary>
    UnknownDemand,

    /// <summary>The talk took place outside its demand's window. Warning.</summary>
    OutsideDemandWindow,

    /// <summary>The record's source is not one of its demand's sources. Warning.</summary>
    SourceMismatch,

    /// <summary>The talker the demand requires is not among the talkers. Warning.</summary>
    RequiredLeaderAbsent,

    /// <summary>A commitment is due before the talk took place. Warning.</summary>
    CommitmentDueBeforeTalk,

    /// <summary>A review (<see cref="TalkRecord.Reviews"/>) names a record that is not among the records, or one that made no commitment. Warning: the review is ignored.</summary>
    UnknownReviewedRecord,

    /// <summary>A review names a commitment number the reviewed record does not have. Warning: the review is ignored.</summary>
    UnknownReviewedCommitment,

    /// <summary>A review names a record about another subject. Warning: the review is ignored.</summary>
    ReviewOfAnotherSubject,

    /// <summary>A review is made in a talk that is not later than the talk whose commitment it reviews. Warning: the review is ignored.</summary>
    ReviewNotAfterReviewedTalk,
}
