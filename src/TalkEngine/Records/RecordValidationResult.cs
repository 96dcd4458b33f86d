using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace TalkEngine.Records;

/// <summary>
/// The records checked against the roster: those that count, those rejected, and every finding.
/// Immutable and thread-safe.
/// </summary>
public sealed class RecordValidationResult
{
    private readonly Dictionary<string, RecordFinding[]> _findingsByRecord;

    internal RecordValidationResult(
        RosterIndex index,
        TalkRecord[] valid,
        ValidRecordInfo[] validInfo,
        int validCount,
        IReadOnlyList<TalkRecord> rejected,
        IReadOnlyList<RecordFinding> findings)
    {
        Index = index;

        // The arrays are sized for every input record; wrapping avoids copying a million entries.
        ValidArray = valid;
        ValidInfo = validInfo;
        Valid = new ReadOnlyCollection<TalkRecord>(new ArraySegment<TalkRecord>(valid, 0, validCount));
        Rejected = rejected;
        Findings = findings;
        _findingsByRecord = findings
            .GroupBy(f => f.RecordId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The records without errors (warnings allowed), in input order: these count.</summary>
    public IReadOnlyList<TalkRecord> Valid { get; }

    /// <summary>The records with at least one error, in input order: these do not count.</summary>
    public IReadOnlyList<TalkRecord> Rejected { get; }

    /// <summary>Every finding, ordered by record id, then kind, then ids.</summary>
    public IReadOnlyList<RecordFinding> Findings { get; }

    /// <summary>True when at least one record was rejected.</summary>
    public bool HasErrors => Rejected.Count > 0;

    /// <summary>The findings about one record, in the order of <see cref="Findings"/>.</summary>
    /// <param name="recordId">The record's id.</param>
    /// <returns>The findings; empty when the record is clean or unknown.</returns>
    public IReadOnlyList<RecordFinding> FindingsFor(string recordId)
        => _findingsByRecord.TryGetValue(Guard.NotNull(recordId), out var found) ? found : Array.Empty<RecordFinding>();

    /// <summary>The roster (and demands) the records were checked against.</summary>
    internal RosterIndex Index { get; }

    /// <summary>The valid records; only the first <see cref="Valid"/>.Count entries are used.</summary>
    internal TalkRecord[] ValidArray { get; }

    /// <summary>For each valid record, its subject, unit and demand as indexes of <see cref="Index"/>.</summary>
    internal ValidRecordInfo[] ValidInfo { get; }
}

/// <summary>
/// A valid record's subject (person index), unit (record's, else its demand's, else the subject's home
/// unit; -1 when none), the demand it answers (-1 when none) and its lead talker (actor index), as
/// indexes of the roster index.
/// </summary>
internal readonly record struct ValidRecordInfo(int Subject, int Unit, int Demand, int Leader);
