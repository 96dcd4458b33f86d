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

    internal RecordValidationResult(ResolvedRecords resolved, IReadOnlyList<TalkRecord> rejected, IReadOnlyList<RecordFinding> findings, int outsidePeriod = 0, IReadOnlyList<string>? outsidePeriodIds = null)
    {
        Resolved = resolved;
        OutsidePeriod = outsidePeriod;
        OutsidePeriodIds = outsidePeriodIds ?? Array.Empty<string>();

        // A read-only view of the first Count entries, which are never written again: no copy of a million records.
        Valid = new ReadOnlyCollection<TalkRecord>(new ArraySegment<TalkRecord>(resolved.Records, 0, resolved.Count));
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

    // The records of the input (valid or not) dated outside the period checked, which were skipped; and the first
    // few of their ids (OutsidePeriodIdLimit), in input order. Coverage reports them so that no record vanishes without a word.
    internal int OutsidePeriod { get; }

    internal IReadOnlyList<string> OutsidePeriodIds { get; }

    /// <summary>How many ids of records outside the period a result quotes.</summary>
    internal const int OutsidePeriodIdLimit = 10;

    // The engine's resolution of the valid records (never exposed): coverage and good practices read it and look no id up again.
    internal ResolvedRecords Resolved { get; }
}
