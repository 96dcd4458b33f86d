namespace TalkEngine.Records;

/// <summary>
/// The valid records of a check, resolved to dense indexes of the <see cref="RosterIndex"/> they were checked
/// against: what coverage and the good-practice compiler read, so neither looks an id up again. Only the first
/// <see cref="Count"/> entries of the arrays are used, and they are never written again (a store shares its own
/// arrays here and keeps appending past the count).
/// </summary>
internal sealed class ResolvedRecords
{
    public ResolvedRecords(RosterIndex index, TalkRecord[] records, ValidRecordInfo[] info, int count)
    {
        Index = index;
        Records = records;
        Info = info;
        Count = count;
    }

    /// <summary>The roster (and demands) the records were checked against.</summary>
    public RosterIndex Index { get; }

    /// <summary>The valid records, in input order; sized for every input record (no copy), only the first <see cref="Count"/> are used.</summary>
    public TalkRecord[] Records { get; }

    /// <summary>For each valid record, its subject, unit, demand and lead leader as indexes of <see cref="Index"/>.</summary>
    public ValidRecordInfo[] Info { get; }

    /// <summary>The number of valid records.</summary>
    public int Count { get; }
}

/// <summary>
/// A valid record's subject (person index), unit (record's, else its demand's, else the subject's home
/// unit; -1 when none), the demand it answers (-1 when none) and its lead leader (actor index: a leader or,
/// for a talk held by someone off the leadership team, a person), as indexes of the roster index.
/// </summary>
internal readonly record struct ValidRecordInfo(int Subject, int Unit, int Demand, int Leader);
