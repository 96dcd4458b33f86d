using System;
using System.Collections.Generic;
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
        IReadOnlyList<TalkRecord> valid,
        IReadOnlyList<TalkRecord> rejected,
        IReadOnlyList<RecordFinding> findings,
        int[] validSubjects,
        int[] validUnits,
        int[] validDemands)
    {
        Index = index;
        Valid = valid;
        Rejected = rejected;
        Findings = findings;
        ValidSubjects = validSubjects;
        ValidUnits = validUnits;
        ValidDemands = validDemands;
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

    /// <summary>For each valid record, the index of its subject in the roster index.</summary>
    internal int[] ValidSubjects { get; }

    /// <summary>For each valid record, the index of its unit (record, demand, then home unit), or -1.</summary>
    internal int[] ValidUnits { get; }

    /// <summary>For each valid record, the index of the demand it answers, or -1.</summary>
    internal int[] ValidDemands { get; }
}
