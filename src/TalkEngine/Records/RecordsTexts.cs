namespace TalkEngine.Records;

/// <summary>The texts of the records reason codes (<c>records.*</c>, one per <see cref="RecordFindingKind"/>), in simplified Chinese and English; read by <see cref="TextRenderer"/>.</summary>
/// <remarks>Arguments: ids as they are, <c>date</c>/<c>due</c> ISO dates, <c>period</c>/<c>window</c> ISO periods, <c>commitment</c> the host's text, the rest enum codes.</remarks>
internal static class RecordsTexts
{
    public const string DuplicateRecordId = "records.duplicate-record-id";
    public const string UnknownSubject = "records.unknown-subject";
    public const string LeaderIsSubject = "records.leader-is-subject";
    public const string UnknownLeader = "records.unknown-leader";
    public const string UnknownRecorder = "records.unknown-recorder";
    public const string UnknownUnit = "records.unknown-unit";
    public const string CommitmentDueBeforeTalk = "records.commitment-due-before-talk";
    public const string SubjectNotActive = "records.subject-not-active";
    public const string UnknownDemand = "records.unknown-demand";
    public const string DemandSubjectMismatch = "records.demand-subject-mismatch";
    public const string OutsideDemandWindow = "records.outside-demand-window";
    public const string SourceMismatch = "records.source-mismatch";
    public const string RequiredLeaderAbsent = "records.required-leader-absent";
    public const string UnknownReviewedRecord = "records.unknown-reviewed-record";
    public const string UnknownReviewedCommitment = "records.unknown-reviewed-commitment";
    public const string ReviewOfAnotherSubject = "records.review-of-another-subject";
    public const string ReviewNotAfterReviewedTalk = "records.review-not-after-reviewed-talk";

    public static readonly TextTemplate[] All =
    [
        new(DuplicateRecordId, "记录编号“{record}”重复；每条记录须有唯一编号，仅第一条计入。", "Another record already has id '{record}'; give each record its own id. Only the first is counted."),
        new(UnknownSubject, "谈话对象“{subject}”不在人员名册中；请更正编号或补充人员。", "Subject '{subject}' is not a person of the roster; correct the id or add the person."),
        new(LeaderIsSubject, "谈话人“{leader}”与谈话对象为同一人；请填写实际谈话的领导。", "Leader '{leader}' is also the subject; a person cannot talk to himself. Name the leader who held the talk."),
        new(UnknownLeader, "谈话人“{leader}”既不是领导班子成员也不在人员名册中；请更正编号或补充。", "Leader '{leader}' is neither a leader nor a person of the roster; correct the id or add the leader."),
        new(UnknownRecorder, "记录人“{recorder}”不在名册中；记录仍计入，请核对编号。", "Recorder '{recorder}' is not in the roster; the record still counts, but check the id."),
        new(UnknownUnit, "单位“{unit}”不在组织名册中；请更正单位编号或留空。", "Unit '{unit}' is not in the roster; correct the unit id or leave it empty."),
        new(CommitmentDueBeforeTalk, "承诺事项“{commitment}”的期限{due}早于谈话日期{date}；请核对期限。", "Commitment '{commitment}' is due {due}, before the talk on {date}; check the due date."),
        new(SubjectNotActive, "{date}谈话对象“{subject}”处于{status:status}状态（{period:period}），该谈话不能计入；请核对日期或人员状态。", "On {date} subject '{subject}' was {status:status} ({period:period}); a talk cannot be counted then. Correct the date or the status."),
        new(UnknownDemand, "约谈需求“{demand}”不在需求清单中；谈话仍计入，请核对需求编号。", "Demand '{demand}' is not among the given demands; the talk still counts, but check the demand id."),
        new(DemandSubjectMismatch, "约谈需求“{demand}”的对象是“{demandSubject}”，而记录的谈话对象是“{subject}”；请更正。", "Demand '{demand}' is for '{demandSubject}', but the record's subject is '{subject}'; correct the demand id or the subject."),
        new(OutsideDemandWindow, "谈话日期{date}不在约谈需求“{demand}”的时限{window:period}内。", "The talk on {date} is outside demand '{demand}''s window {window:period}."),
        new(SourceMismatch, "记录的约谈来源（{source:source}）与约谈需求“{demand}”的来源（{demandSource:source}）不一致；请核对。", "The record's source ({source:source}) is not a source of demand '{demand}' ({demandSource:source}); check the source."),
        new(RequiredLeaderAbsent, "约谈需求“{demand}”指定的谈话人“{leader}”未出现在记录的谈话人中。", "Demand '{demand}' requires leader '{leader}', who is not among the record's leaders."),
        new(UnknownReviewedRecord, "承诺事项回访所指的记录“{reviewed}”不存在或没有承诺事项；该回访不予采用，请核对记录编号。", "A commitment review names record '{reviewed}', which is not among the records or made no commitment; the review is ignored. Check the record id."),
        new(UnknownReviewedCommitment, "承诺事项回访所指的记录“{reviewed}”没有第{number}项承诺（共{count}项）；该回访不予采用，请核对序号。", "A commitment review names commitment {number} of record '{reviewed}', which has {count}; the review is ignored. Check the number."),
        new(ReviewOfAnotherSubject, "承诺事项回访所指的记录“{reviewed}”的谈话对象是“{reviewedSubject}”，不是本次的“{subject}”；该回访不予采用。", "A commitment review names record '{reviewed}', whose subject is '{reviewedSubject}', not '{subject}'; the review is ignored."),
        new(ReviewNotAfterReviewedTalk, "承诺事项回访须在作出承诺的谈话之后：记录“{reviewed}”的日期{reviewedDate}不早于本次谈话{date}；该回访不予采用。", "A commitment can only be reviewed in a later talk: record '{reviewed}' is dated {reviewedDate}, not before this talk on {date}; the review is ignored."),
    ];
}
