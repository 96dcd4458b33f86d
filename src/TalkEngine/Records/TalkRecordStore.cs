using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Records;

/// <summary>
/// The talk records of a roster, checked and resolved to dense indexes once, when added, so that
/// coverage can be measured many times over the year without looking any id up again
/// (<see cref="Coverage.CoverageCalculator.Compute(TalkRecordStore, DateInterval, IEnumerable{Coverage.ScheduledTalk})"/>).
/// Each record is checked exactly as <see cref="TalkRecordValidator"/> checks it; a duplicate record id
/// is found against every record added before (the first wins), whatever its date.
/// Not thread-safe: one writer at a time, and no reads while a record is being added.
/// </summary>
public sealed class TalkRecordStore
{
    private readonly TalkRecordValidator _validator;
    private readonly RosterIndex _index;
    private readonly HashSet<string>? _seen;
    private readonly List<TalkRecord> _rejected = [];
    private readonly List<RecordFinding> _findings = [];

    // The date of the record each finding is about, so a period's findings are picked without lookups.
    private readonly List<LocalDate> _findingDates = [];
    // The valid records themselves are the columns' Records; their infos stay here for validation results.
    private ValidRecordInfo[] _info = new ValidRecordInfo[16];
    private readonly RecordColumns _columns = new(16);

    /// <summary>The error code of the <see cref="TalkEngineValidationException"/> thrown when the demands do not belong to the roster.</summary>
    public const string ValidationErrorCode = "records.store";
    private int _validCount;
    private LocalDate _minDate = LocalDate.MaxIsoValue;
    private LocalDate _maxDate = LocalDate.MinIsoValue;

    /// <summary>Creates an empty store for a roster and, when given, the demands its records may answer.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="demands">The demands; <see langword="null"/> to skip the demand checks (coverage then has no required people).</param>
    /// <param name="options">How records are checked; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="TalkEngineValidationException">A demand or exclusion names a person the roster does not have: code <see cref="ValidationErrorCode"/>, problems <see cref="RosterProblems.UnknownPerson"/>.</exception>
    public TalkRecordStore(Roster roster, DemandSet? demands = null, RecordValidationOptions? options = null)
        : this(new RosterIndex(Guard.NotNull(roster), demands), demands, options)
    {
    }

    /// <summary>A store over an index built once elsewhere (a year plan's), so that the plan, its stores and coverage share one.</summary>
    internal TalkRecordStore(RosterIndex index, DemandSet? demands, RecordValidationOptions? options)
    {
        Roster = index.Roster;
        Demands = demands;
        _validator = new TalkRecordValidator(options ?? new RecordValidationOptions());
        _index = index;
        index.ThrowIfDemandsNameUnknownPeople(ValidationErrorCode);
        _seen = _validator.IdsAreUnique ? null : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The roster the records are checked against.</summary>
    public Roster Roster { get; }

    /// <summary>The demands the records are checked against; <see langword="null"/> when none were given.</summary>
    public DemandSet? Demands { get; }

    /// <summary>The number of records added, valid or rejected.</summary>
    public int Count => _validCount + _rejected.Count;

    /// <summary>The number of valid records (those that count).</summary>
    public int ValidCount => _validCount;

    /// <summary>The number of rejected records.</summary>
    public int RejectedCount => _rejected.Count;

    /// <summary>The valid records, in the order added.</summary>
    public IReadOnlyList<TalkRecord> Valid => new ReadOnlyCollection<TalkRecord>(new ArraySegment<TalkRecord>(_columns.Records, 0, _validCount));

    /// <summary>The rejected records, in the order added.</summary>
    public IReadOnlyList<TalkRecord> Rejected => _rejected.AsReadOnly();

    /// <summary>Every finding so far, ordered by record id, then kind, then ids (a new sorted copy).</summary>
    public IReadOnlyList<RecordFinding> Findings
    {
        get
        {
            var sorted = _findings.ToArray();
            Array.Sort(sorted, TalkRecordValidator.CompareFindings);
            return Array.AsReadOnly(sorted);
        }
    }

    internal RosterIndex Index => _index;

    /// <summary>Checks one record and keeps it: counted when valid, kept as rejected otherwise.</summary>
    /// <param name="record">The record.</param>
    /// <returns>True when the record is valid and counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public bool Add(TalkRecord record)
    {
        Guard.NotNull(record);
        var before = _findings.Count;
        var isValid = _validator.ValidateRecord(_index, record, _seen, _findings, out var info);
        for (var i = before; i < _findings.Count; i++)
        {
            _findingDates.Add(record.Date);
        }

        if (!isValid)
        {
            _rejected.Add(record);
            return false;
        }

        if (_validCount == _info.Length)
        {
            Array.Resize(ref _info, _info.Length * 2);
        }

        _info[_validCount] = info;
        _columns.Add(_index, record, info);
        _validCount++;
        _minDate = record.Date < _minDate ? record.Date : _minDate;
        _maxDate = record.Date > _maxDate ? record.Date : _maxDate;
        return true;
    }

    /// <summary>Checks and keeps each record, in order (see <see cref="Add"/>).</summary>
    /// <param name="records">The records.</param>
    /// <returns>The number of them that are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is null; the records before it are kept.</exception>
    public int AddRange(IEnumerable<TalkRecord> records)
    {
        Guard.NotNull(records);
        if (records is ICollection<TalkRecord> collection)
        {
            EnsureCapacity(_validCount + collection.Count);
        }

        var added = 0;
        var position = 0;
        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException($"Record {position} is null; remove it.", nameof(records));
            }

            added += Add(record) ? 1 : 0;
            position++;
        }

        return added;
    }

    /// <summary>
    /// The records of <paramref name="period"/> as a validation result: the store's arrays themselves
    /// when every valid record falls in the period, else a compacted copy (no id is looked up).
    /// </summary>
    internal RecordValidationResult Snapshot(DateInterval period)
    {
        TalkRecord[] valid;
        ValidRecordInfo[] info;
        int count;
        if (_validCount == 0 || (period.Contains(_minDate) && period.Contains(_maxDate)))
        {
            // Entries below the count are never written again, so the result may share the arrays.
            (valid, info, count) = (_columns.Records, _info, _validCount);
        }
        else
        {
            valid = new TalkRecord[_validCount];
            info = new ValidRecordInfo[_validCount];
            count = 0;
            for (var i = 0; i < _validCount; i++)
            {
                if (period.Contains(_columns.Records[i].Date))
                {
                    valid[count] = _columns.Records[i];
                    info[count] = _info[i];
                    count++;
                }
            }
        }

        var rejected = new List<TalkRecord>();
        foreach (var record in _rejected)
        {
            if (period.Contains(record.Date))
            {
                rejected.Add(record);
            }
        }

        var findings = new List<RecordFinding>();
        for (var i = 0; i < _findings.Count; i++)
        {
            if (period.Contains(_findingDates[i]))
            {
                findings.Add(_findings[i]);
            }
        }

        findings.Sort(TalkRecordValidator.CompareFindings);
        return new RecordValidationResult(new ResolvedRecords(_index, valid, info, count), rejected.AsReadOnly(), findings.AsReadOnly());
    }

    /// <summary>
    /// The flat columns of the valid records of <paramref name="period"/>: the store's own when every
    /// valid record falls in the period, else a compacted copy. Only its first Count entries are read.
    /// </summary>
    internal RecordColumns Columns(DateInterval period)
    {
        if (_validCount == 0 || (period.Contains(_minDate) && period.Contains(_maxDate)))
        {
            return _columns;
        }

        return _columns.Within(DayNumbers.Of(period.Start), DayNumbers.Of(period.End));
    }

    private void EnsureCapacity(int capacity)
    {
        if (capacity > _info.Length)
        {
            Array.Resize(ref _info, capacity);
            _columns.EnsureCapacity(capacity);
        }
    }
}
