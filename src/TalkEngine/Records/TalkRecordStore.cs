using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using NodaTime;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Records;

/// <summary>
/// The talk records of a roster, checked and resolved to dense indexes once, when added, so that
/// coverage can be measured many times over the year without looking any id up again
/// (<see cref="Coverage.CoverageCalculator.Compute(TalkRecordStore, DateInterval, IEnumerable{Coverage.ScheduledTalk})"/>).
/// Each record is checked exactly as <see cref="TalkRecordValidator"/> checks it; a duplicate record id
/// is found against every record added before (the first wins), whatever its date. A commitment review
/// (<see cref="TalkRecord.Reviews"/>) is checked against the records added before and those of the same
/// <see cref="AddRange"/> call, so that records added in one call, or in date order, get the validator's findings.
/// Adding is all or nothing: a record is kept whole (valid or rejected, its id taken, its findings listed) or, when
/// its check throws, not at all.
/// Thread-safe: any number of threads may add and measure at once (a web host's requests). Writers take one lock
/// per record (<see cref="AddRange"/>: per call); a measurement takes it only to capture how many records there are
/// (the records below that count are never written again), so it sees every record added before it started and
/// none half-added.
/// </summary>
public sealed class TalkRecordStore
{
    // Guards every field below that changes: the counts, the lists, the id set, the arrays and the columns.
    private readonly object _gate = new();

    // The findings of the record being added, kept only once the record is (all or nothing).
    private readonly List<RecordFinding> _pending = [];
    private readonly TalkRecordValidator _validator;
    private readonly RosterIndex _index;
    private readonly HashSet<string>? _seen;
    private readonly List<TalkRecord> _rejected = [];
    private readonly List<RecordFinding> _findings = [];

    // The records a later review may name: the first record of each id with commitments, as the validator keeps them.
    private readonly Dictionary<string, TalkRecord> _reviewable = new(StringComparer.Ordinal);

    // The records of the AddRange call under way that a review may name, so that one call checks like the validator.
    private Dictionary<string, TalkRecord>? _batch;

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
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _validCount + _rejected.Count;
            }
        }
    }

    /// <summary>The number of valid records (those that count).</summary>
    public int ValidCount => Volatile.Read(ref _validCount);

    /// <summary>The number of rejected records.</summary>
    public int RejectedCount
    {
        get
        {
            lock (_gate)
            {
                return _rejected.Count;
            }
        }
    }

    /// <summary>The valid records added so far, in the order added (a view that later additions do not change).</summary>
    public IReadOnlyList<TalkRecord> Valid
    {
        get
        {
            lock (_gate)
            {
                return new ReadOnlyCollection<TalkRecord>(new ArraySegment<TalkRecord>(_columns.Records, 0, _validCount));
            }
        }
    }

    /// <summary>The rejected records added so far, in the order added (a copy).</summary>
    public IReadOnlyList<TalkRecord> Rejected
    {
        get
        {
            lock (_gate)
            {
                return _rejected.ToArray().AsReadOnly();
            }
        }
    }

    /// <summary>Every finding so far, ordered by record id, then kind, then ids (a new sorted copy).</summary>
    public IReadOnlyList<RecordFinding> Findings
    {
        get
        {
            RecordFinding[] sorted;
            lock (_gate)
            {
                sorted = _findings.ToArray();
            }

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
        lock (_gate)
        {
            return AddLocked(record);
        }
    }

    /// <summary>Checks and keeps each record, in order (see <see cref="Add"/>), under one lock: a measurement sees all of them or none.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The number of them that are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is null; then none of the records is added.</exception>
    public int AddRange(IEnumerable<TalkRecord> records)
    {
        Guard.NotNull(records);

        // Every item is checked before the first is added, so a null item adds nothing.
        var list = records as TalkRecord[] ?? [.. records];
        for (var position = 0; position < list.Length; position++)
        {
            if (list[position] is null)
            {
                throw new ArgumentException($"Record {position} is null; remove it. No record was added.", nameof(records));
            }
        }

        lock (_gate)
        {
            EnsureCapacity(_validCount + list.Length);
            _batch = TalkRecordValidator.ReviewableRecords(list);
            try
            {
                var added = 0;
                foreach (var record in list)
                {
                    added += AddLocked(record) ? 1 : 0;
                }

                return added;
            }
            finally
            {
                _batch = null;
            }
        }
    }

    /// <summary>
    /// Set by a test to make the next additions throw once the record has been checked, where a failure would
    /// once have left its id taken; internal so that the all-or-nothing rule can be tested without a real fault.
    /// </summary>
    internal bool ThrowAfterValidationForTesting { get; set; }

    // All or nothing: the record is checked into _pending, resolved into the columns past their count, and only
    // then are its id, findings and row committed. A check that throws changes nothing.
    private bool AddLocked(TalkRecord record)
    {
        _pending.Clear();
        var isDuplicate = _seen is not null && _seen.Contains(record.Id);
        var isValid = _validator.ValidateRecord(_index, record, isDuplicate, _reviewable, _batch, _pending, out var info);
        if (ThrowAfterValidationForTesting)
        {
            throw new InvalidOperationException("Thrown after validation for a test.");
        }

        if (isValid)
        {
            if (_validCount == _info.Length)
            {
                Array.Resize(ref _info, _info.Length * 2);
            }

            // Writes past the count, then counts the row: a failure here leaves the visible columns as they were.
            _columns.Add(_index, record, info);
            _info[_validCount] = info;
            Volatile.Write(ref _validCount, _validCount + 1);
            _minDate = record.Date < _minDate ? record.Date : _minDate;
            _maxDate = record.Date > _maxDate ? record.Date : _maxDate;
        }
        else
        {
            _rejected.Add(record);
        }

        _seen?.Add(record.Id);
        if (!isDuplicate && record.Commitments.Count > 0)
        {
            _reviewable.TryAdd(record.Id, record);
        }

        foreach (var finding in _pending)
        {
            _findings.Add(finding);
            _findingDates.Add(record.Date);
        }

        return isValid;
    }

    /// <summary>
    /// What a measurement of <paramref name="period"/> reads, taken at one moment: the records of the period as a
    /// validation result (the records outside it counted) and their flat columns. Under the lock only the counts, the
    /// arrays and the rejected records and findings of the period are taken; the valid records below the count are
    /// never written again, so they are read (and, when some fall outside the period, compacted) after it.
    /// </summary>
    internal (RecordValidationResult Validation, RecordColumns Columns) Capture(DateInterval period)
    {
        RecordColumns columns;
        ValidRecordInfo[] allInfo;
        int validCount;
        bool allInPeriod;
        var rejected = new List<TalkRecord>();
        var findings = new List<RecordFinding>();
        var outside = 0;
        var outsideIds = new List<string>();
        lock (_gate)
        {
            columns = _columns.View();
            allInfo = _info;
            validCount = _validCount;
            allInPeriod = validCount == 0 || (period.Contains(_minDate) && period.Contains(_maxDate));
            foreach (var record in _rejected)
            {
                if (period.Contains(record.Date))
                {
                    rejected.Add(record);
                }
                else
                {
                    AddOutside(record);
                }
            }

            for (var i = 0; i < _findings.Count; i++)
            {
                if (period.Contains(_findingDates[i]))
                {
                    findings.Add(_findings[i]);
                }
            }
        }

        TalkRecord[] valid;
        ValidRecordInfo[] info;
        int count;
        if (allInPeriod)
        {
            // Entries below the count are never written again, so the result may share the arrays.
            (valid, info, count) = (columns.Records, allInfo, validCount);
        }
        else
        {
            valid = new TalkRecord[validCount];
            info = new ValidRecordInfo[validCount];
            count = 0;
            for (var i = 0; i < validCount; i++)
            {
                if (period.Contains(columns.Records[i].Date))
                {
                    valid[count] = columns.Records[i];
                    info[count] = allInfo[i];
                    count++;
                }
                else
                {
                    AddOutside(columns.Records[i]);
                }
            }

            columns = columns.Within(DayNumbers.Of(period.Start), DayNumbers.Of(period.End));
        }

        findings.Sort(TalkRecordValidator.CompareFindings);
        var result = new RecordValidationResult(new ResolvedRecords(_index, valid, info, count), rejected.AsReadOnly(), findings.AsReadOnly(), outside, outsideIds.AsReadOnly());
        return (result, columns);

        void AddOutside(TalkRecord record)
        {
            if (outside++ < RecordValidationResult.OutsidePeriodIdLimit)
            {
                outsideIds.Add(record.Id);
            }
        }
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
