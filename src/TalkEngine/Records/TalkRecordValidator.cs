using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Options;
using TalkEngine.Demands;
using TalkEngine.Organization;

namespace TalkEngine.Records;

/// <summary>
/// Checks talk records against the roster (and the demands they answer). A record that contradicts
/// the roster — an unknown subject or leader, a talk dated while the subject was seconded, on leave
/// or gone — is rejected and reported, never silently counted; doubtful details are warnings.
/// Stateless apart from its options; thread-safe.
/// </summary>
public sealed class TalkRecordValidator
{
    private readonly HashSet<PersonStatusKind> _inactive;
    private readonly bool _idsAreUnique;

    /// <summary>Creates a validator with the default <see cref="RecordValidationOptions"/>.</summary>
    public TalkRecordValidator()
        : this(new RecordValidationOptions())
    {
    }

    /// <summary>Creates a validator with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public TalkRecordValidator(RecordValidationOptions options)
    {
        _inactive = new HashSet<PersonStatusKind>(Guard.NotNull(options).InactiveStatuses ?? new HashSet<PersonStatusKind>());
        _idsAreUnique = options.RecordIdsAreUnique;
    }

    /// <summary>Creates a validator from options registered in DI.</summary>
    /// <param name="options">The options.</param>
    public TalkRecordValidator(IOptions<RecordValidationOptions> options)
        : this(Guard.NotNull(options).Value)
    {
    }

    /// <summary>Checks the records against the roster and, when given, the demands they answer.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="demands">The demands the records may answer; <see langword="null"/> to skip the demand checks.</param>
    /// <returns>The valid and rejected records and every finding.</returns>
    /// <exception cref="ArgumentNullException">The roster or the records are null, or a record is null.</exception>
    public RecordValidationResult Validate(Roster roster, IEnumerable<TalkRecord> records, DemandSet? demands = null)
    {
        Guard.NotNull(roster);
        Guard.NotNull(records);
        return Validate(new RosterIndex(roster, demands), records, null);
    }

    /// <summary>Checks the records dated in <paramref name="period"/> (all when null); the others are skipped and counted (<see cref="RecordValidationResult.OutsidePeriod"/>).</summary>
    internal RecordValidationResult Validate(RosterIndex index, IEnumerable<TalkRecord> records, NodaTime.DateInterval? period)
    {
        // An array is indexed directly: an interface call per record costs more than the copy.
        var source = records as TalkRecord[] ?? records.ToArray();
        var seen = _idsAreUnique ? null : new HashSet<string>(source.Length, StringComparer.Ordinal);
        var valid = new TalkRecord[source.Length];
        var info = new ValidRecordInfo[source.Length];
        var count = 0;
        var rejected = new List<TalkRecord>();
        var findings = new List<RecordFinding>();
        var outside = 0;
        var outsideIds = new List<string>();
        for (var position = 0; position < source.Length; position++)
        {
            if (source[position] is null)
            {
                throw new ArgumentException($"Record {position} is null; remove it.", nameof(records));
            }
        }

        var reviewable = ReviewableRecords(source);
        for (var position = 0; position < source.Length; position++)
        {
            var record = source[position];
            if (period is not null && !period.Contains(record.Date))
            {
                if (outside++ < RecordValidationResult.OutsidePeriodIdLimit)
                {
                    outsideIds.Add(record.Id);
                }

                continue;
            }

            // One lookup: the list path has nothing to roll back, so the id is taken as it is checked.
            var isDuplicate = seen is not null && !seen.Add(record.Id);
            if (ValidateRecord(index, record, isDuplicate, reviewable, null, findings, out var recordInfo))
            {
                valid[count] = record;
                info[count] = recordInfo;
                count++;
            }
            else
            {
                rejected.Add(record);
            }
        }

        findings.Sort(CompareFindings);
        return new RecordValidationResult(new ResolvedRecords(index, valid, info, count), rejected.AsReadOnly(), findings.AsReadOnly(), outside, outsideIds.AsReadOnly());
    }

    /// <summary>True when the host guarantees unique record ids, so duplicates are not looked for.</summary>
    internal bool IdsAreUnique => _idsAreUnique;

    /// <summary>
    /// Checks one record, appending its findings; shared by <see cref="Validate(RosterIndex, IEnumerable{TalkRecord}, NodaTime.DateInterval?)"/>
    /// and <see cref="TalkRecordStore"/> so both report the same findings. The caller says whether the record's id was
    /// taken by an earlier record and registers it itself: the store only once the record is kept (the first record
    /// with an id wins, valid or rejected), so that a check that throws leaves no trace. Reviews are looked up in
    /// <c>reviewable</c> (see <see cref="ReviewableRecords"/>), then in <c>batch</c> (the store's records of the same call).
    /// </summary>
    /// <returns>True when the record counts (no error); <paramref name="info"/> then holds its resolved indexes.</returns>
    internal bool ValidateRecord(RosterIndex index, TalkRecord record, bool isDuplicate, IReadOnlyDictionary<string, TalkRecord>? reviewable, IReadOnlyDictionary<string, TalkRecord>? batch, List<RecordFinding> findings, out ValidRecordInfo info)
    {
        var findingsBefore = findings.Count;
        if (isDuplicate)
        {
            findings.Add(Finding(
                record, RecordFindingKind.DuplicateRecordId, [record.Id],
                Reason.Of(RecordsTexts.DuplicateRecordId, "record", record.Id)));
        }

        var subject = index.TryGetPerson(record.SubjectId, out var s) ? s : -1;
        if (subject < 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownSubject, [record.SubjectId],
                Reason.Of(RecordsTexts.UnknownSubject, "subject", record.SubjectId)));
        }
        else if (_inactive.Count > 0 && index.HasStatuses[subject])
        {
            CheckActive(record, index.People[subject], findings);
        }

        // Indexed loops: a foreach over the interface would allocate an enumerator per record.
        var leaderIds = record.LeaderIds;
        var firstLeader = -1;
        for (var t = 0; t < leaderIds.Count; t++)
        {
            var talker = leaderIds[t];
            var actor = index.ActorOf(talker);
            if (t == 0)
            {
                firstLeader = actor;
            }

            if (string.Equals(talker, record.SubjectId, StringComparison.Ordinal))
            {
                findings.Add(Finding(
                    record, RecordFindingKind.LeaderIsSubject, [talker],
                    Reason.Of(RecordsTexts.LeaderIsSubject, "leader", talker)));
            }
            else if (actor < 0)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownLeader, [talker],
                    Reason.Of(RecordsTexts.UnknownLeader, "leader", talker)));
            }
        }

        if (record.RecorderId is { } recorder && index.ActorOf(recorder) < 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownRecorder, [recorder],
                Reason.Of(RecordsTexts.UnknownRecorder, "recorder", recorder)));
        }

        var unit = -1;
        if (record.UnitId is { } unitId)
        {
            unit = index.UnitOf(unitId);
            if (unit < 0)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownUnit, [unitId],
                    Reason.Of(RecordsTexts.UnknownUnit, "unit", unitId)));
            }
        }

        var demand = record.DemandId is { } demandId && index.HasDemands ? CheckDemand(record, demandId, index, findings) : -1;
        if (unit < 0 && demand >= 0)
        {
            unit = index.DemandUnit[demand];
        }

        if (unit < 0 && subject >= 0)
        {
            unit = index.HomeUnit[subject];
        }

        var commitments = record.Commitments;
        for (var c = 0; c < commitments.Count; c++)
        {
            var commitment = commitments[c];
            if (commitment.DueDate < record.Date)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.CommitmentDueBeforeTalk, [],
                    Reason.Of(RecordsTexts.CommitmentDueBeforeTalk, "commitment", commitment.Description, "due", Iso(commitment.DueDate), "date", Iso(record.Date))));
            }
        }

        if (record.Reviews.Count > 0)
        {
            CheckReviews(record, reviewable, batch, findings);
        }

        if (findings.Count > findingsBefore && CountErrors(findings, findingsBefore) > 0)
        {
            info = default;
            return false;
        }

        info = new ValidRecordInfo(subject, unit, demand, firstLeader);
        return true;
    }

    /// <summary>
    /// The records a review may name: the first record of each id, kept only when it made a commitment (one without
    /// commitments has nothing to review, and the store keeps the same set cheaply). Null when no record reviews
    /// anything, so that the common case builds nothing.
    /// </summary>
    internal static Dictionary<string, TalkRecord>? ReviewableRecords(TalkRecord[] records)
    {
        var anyReview = false;
        foreach (var record in records)
        {
            if (record.Reviews.Count > 0)
            {
                anyReview = true;
                break;
            }
        }

        if (!anyReview)
        {
            return null;
        }

        var reviewable = new Dictionary<string, TalkRecord>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (seen.Add(record.Id) && record.Commitments.Count > 0)
            {
                reviewable.Add(record.Id, record);
            }
        }

        return reviewable;
    }

    // A review that names nothing is a warning, not an error: the talk itself was held and counts.
    private static void CheckReviews(TalkRecord record, IReadOnlyDictionary<string, TalkRecord>? reviewable, IReadOnlyDictionary<string, TalkRecord>? batch, List<RecordFinding> findings)
    {
        foreach (var review in record.Reviews)
        {
            TalkRecord? reviewed = null;
            if (reviewable?.TryGetValue(review.RecordId, out reviewed) != true && batch?.TryGetValue(review.RecordId, out reviewed) != true)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownReviewedRecord, [review.RecordId],
                    Reason.Of(RecordsTexts.UnknownReviewedRecord, "reviewed", review.RecordId)));
            }
            else if (!string.Equals(reviewed!.SubjectId, record.SubjectId, StringComparison.Ordinal))
            {
                findings.Add(Finding(
                    record, RecordFindingKind.ReviewOfAnotherSubject, [review.RecordId, reviewed.SubjectId, record.SubjectId],
                    Reason.Of(RecordsTexts.ReviewOfAnotherSubject, "reviewed", review.RecordId, "reviewedSubject", reviewed.SubjectId, "subject", record.SubjectId)));
            }
            else if (reviewed.Date >= record.Date)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.ReviewNotAfterReviewedTalk, [review.RecordId],
                    Reason.Of(RecordsTexts.ReviewNotAfterReviewedTalk, "reviewed", review.RecordId, "reviewedDate", Iso(reviewed.Date), "date", Iso(record.Date))));
            }
            else if (review.CommitmentNumber > reviewed.Commitments.Count)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownReviewedCommitment, [review.RecordId, IsoText.Number(review.CommitmentNumber)],
                    Reason.Of(RecordsTexts.UnknownReviewedCommitment, "reviewed", review.RecordId, "number", IsoText.Number(review.CommitmentNumber), "count", IsoText.Number(reviewed.Commitments.Count))));
            }
        }
    }

    private void CheckActive(TalkRecord record, Person person, List<RecordFinding> findings)
    {
        var status = person.StatusRecordOn(record.Date);
        if (status is null || !_inactive.Contains(status.Kind))
        {
            return;
        }

        findings.Add(Finding(
            record, RecordFindingKind.SubjectNotActive, [person.Id, status.Kind.ToString()],
            Reason.Of(RecordsTexts.SubjectNotActive, ("date", Iso(record.Date)), ("subject", person.Id), ("status", Codes.Of(status.Kind)), ("period", IsoText.Period(status.Period)))));
    }

    private static int CheckDemand(TalkRecord record, string demandId, RosterIndex index, List<RecordFinding> findings)
    {
        if (!index.DemandIndex.TryGetValue(demandId, out var d))
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownDemand, [demandId],
                Reason.Of(RecordsTexts.UnknownDemand, "demand", demandId)));
            return -1;
        }

        var demand = index.Demands[d];
        if (!string.Equals(demand.SubjectId, record.SubjectId, StringComparison.Ordinal))
        {
            findings.Add(Finding(
                record, RecordFindingKind.DemandSubjectMismatch, [demandId, demand.SubjectId, record.SubjectId],
                Reason.Of(RecordsTexts.DemandSubjectMismatch, "demand", demandId, "demandSubject", demand.SubjectId, "subject", record.SubjectId)));
            return -1;
        }

        if (!demand.Window.Contains(record.Date))
        {
            findings.Add(Finding(
                record, RecordFindingKind.OutsideDemandWindow, [demandId],
                Reason.Of(RecordsTexts.OutsideDemandWindow, "date", Iso(record.Date), "demand", demandId, "window", IsoText.Period(demand.Window))));
        }

        if (((index.DemandMask[d] >> (int)record.Source) & 1) == 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.SourceMismatch, [demandId, record.Source.ToString(), demand.Source.ToString()],
                Reason.Of(RecordsTexts.SourceMismatch, "source", Codes.Of(record.Source), "demand", demandId, "demandSource", Codes.Of(demand.Source))));
        }

        if (demand.RequiredLeaderId is { } required && !record.LeaderIds.Contains(required, StringComparer.Ordinal))
        {
            findings.Add(Finding(
                record, RecordFindingKind.RequiredLeaderAbsent, [demandId, required],
                Reason.Of(RecordsTexts.RequiredLeaderAbsent, "demand", demandId, "leader", required)));
        }

        return d;
    }

    private static int CountErrors(List<RecordFinding> findings, int from = 0)
    {
        var count = 0;
        for (var i = from; i < findings.Count; i++)
        {
            if (findings[i].Severity == RecordFindingSeverity.Error)
            {
                count++;
            }
        }

        return count;
    }

    private static RecordFinding Finding(TalkRecord record, RecordFindingKind kind, string[] ids, Reason reason)
        => new(record.Id, kind, ids, reason);

    internal static int CompareFindings(RecordFinding a, RecordFinding b)
    {
        var byRecord = string.CompareOrdinal(a.RecordId, b.RecordId);
        if (byRecord != 0)
        {
            return byRecord;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byIds = string.CompareOrdinal(string.Join("\u0001", a.Ids), string.Join("\u0001", b.Ids));
        return byIds != 0 ? byIds : string.CompareOrdinal(a.Reason.ToString(), b.Reason.ToString());
    }

    internal static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

