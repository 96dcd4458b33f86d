namespace TalkEngine.Records;

/// <summary>How much a finding about a record matters.</summary>
public enum RecordFindingSeverity
{
    /// <summary>The record contradicts the roster: it is rejected and does not count toward coverage or person-times.</summary>
    Error,

    /// <summary>The record is doubtful but plausible: it still counts, and the finding is reported.</summary>
    Warning,
}
