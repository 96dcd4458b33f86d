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
/// the roster — an unknown subject or talker, a talk dated while the subject was seconded, on leave
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

    /// <summary>Checks the records dated in <paramref name="period"/> (all when null); the others are skipped, not reported.</summary>
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
        for (var position = 0; position < source.Length; position++)
        {
            var record = source[position];
            if (record is null)
            {
                throw new ArgumentException($"Record {position} is null; remove it.", nameof(records));
            }

            if (period is not null && !period.Contains(record.Date))
            {
                continue;
            }

            if (ValidateRecord(index, record, seen, findings, out var recordInfo))
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
        return new RecordValidationResult(index, valid, info, count, rejected.AsReadOnly(), findings.AsReadOnly());
    }

    /// <summary>True when the host guarantees unique record ids, so duplicates are not looked for.</summary>
    internal bool IdsAreUnique => _idsAreUnique;

    /// <summary>
    /// Checks one record, appending its findings; shared by <see cref="Validate(RosterIndex, IEnumerable{TalkRecord}, NodaTime.DateInterval?)"/>
    /// and <see cref="TalkRecordStore"/> so both report the same findings.
    /// </summary>
    /// <returns>True when the record counts (no error); <paramref name="info"/> then holds its resolved indexes.</returns>
    internal bool ValidateRecord(RosterIndex index, TalkRecord record, HashSet<string>? seen, List<RecordFinding> findings, out ValidRecordInfo info)
    {
        var findingsBefore = findings.Count;
        if (seen is not null && !seen.Add(record.Id))
        {
            findings.Add(Finding(
                record, RecordFindingKind.DuplicateRecordId, [record.Id],
                $"Another record already has id '{record.Id}'; give each record its own id. Only the first is counted.",
                $"记录编号“{record.Id}”重复；每条记录须有唯一编号，仅第一条计入。"));
        }

        var subject = index.TryGetPerson(record.SubjectId, out var s) ? s : -1;
        if (subject < 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownSubject, [record.SubjectId],
                $"Subject '{record.SubjectId}' is not a person of the roster; correct the id or add the person.",
                $"谈话对象“{record.SubjectId}”不在人员名册中；请更正编号或补充人员。"));
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
                    $"Leader '{talker}' is also the subject; a person cannot talk to himself. Name the leader who held the talk.",
                    $"谈话人“{talker}”与谈话对象为同一人；请填写实际谈话的领导。"));
            }
            else if (actor < 0)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownLeader, [talker],
                    $"Leader '{talker}' is neither a leader nor a person of the roster; correct the id or add the leader.",
                    $"谈话人“{talker}”既不是领导班子成员也不在人员名册中；请更正编号或补充。"));
            }
        }

        if (record.RecorderId is { } recorder && index.ActorOf(recorder) < 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownRecorder, [recorder],
                $"Recorder '{recorder}' is not in the roster; the record still counts, but check the id.",
                $"记录人“{recorder}”不在名册中；记录仍计入，请核对编号。"));
        }

        var unit = -1;
        if (record.UnitId is { } unitId)
        {
            unit = index.UnitOf(unitId);
            if (unit < 0)
            {
                findings.Add(Finding(
                    record, RecordFindingKind.UnknownUnit, [unitId],
                    $"Unit '{unitId}' is not in the roster; correct the unit id or leave it empty.",
                    $"单位“{unitId}”不在组织名册中；请更正单位编号或留空。"));
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
                    $"Commitment '{commitment.Description}' is due {Iso(commitment.DueDate)}, before the talk on {Iso(record.Date)}; check the due date.",
                    $"承诺事项“{commitment.Description}”的期限{Iso(commitment.DueDate)}早于谈话日期{Iso(record.Date)}；请核对期限。"));
            }
        }

        if (findings.Count > findingsBefore && CountErrors(findings, findingsBefore) > 0)
        {
            info = default;
            return false;
        }

        info = new ValidRecordInfo(subject, unit, demand, firstLeader);
        return true;
    }

    private void CheckActive(TalkRecord record, Person person, List<RecordFinding> findings)
    {
        var status = person.StatusRecordOn(record.Date);
        if (status is null || !_inactive.Contains(status.Kind))
        {
            return;
        }

        var period = $"{Iso(status.Period.Start)}..{Iso(status.Period.End)}";
        findings.Add(Finding(
            record, RecordFindingKind.SubjectNotActive, [person.Id, status.Kind.ToString()],
            $"On {Iso(record.Date)} subject '{person.Id}' was {status.Kind} ({period}); a talk cannot be counted then. Correct the date or the status.",
            $"{Iso(record.Date)}谈话对象“{person.Id}”处于{StatusZh(status.Kind)}状态（{period}），该谈话不能计入；请核对日期或人员状态。"));
    }

    private static int CheckDemand(TalkRecord record, string demandId, RosterIndex index, List<RecordFinding> findings)
    {
        if (!index.DemandIndex.TryGetValue(demandId, out var d))
        {
            findings.Add(Finding(
                record, RecordFindingKind.UnknownDemand, [demandId],
                $"Demand '{demandId}' is not among the given demands; the talk still counts, but check the demand id.",
                $"约谈需求“{demandId}”不在需求清单中；谈话仍计入，请核对需求编号。"));
            return -1;
        }

        var demand = index.Demands[d];
        if (!string.Equals(demand.SubjectId, record.SubjectId, StringComparison.Ordinal))
        {
            findings.Add(Finding(
                record, RecordFindingKind.DemandSubjectMismatch, [demandId, demand.SubjectId, record.SubjectId],
                $"Demand '{demandId}' is for '{demand.SubjectId}', but the record's subject is '{record.SubjectId}'; correct the demand id or the subject.",
                $"约谈需求“{demandId}”的对象是“{demand.SubjectId}”，而记录的谈话对象是“{record.SubjectId}”；请更正。"));
            return -1;
        }

        if (!demand.Window.Contains(record.Date))
        {
            findings.Add(Finding(
                record, RecordFindingKind.OutsideDemandWindow, [demandId],
                $"The talk on {Iso(record.Date)} is outside demand '{demandId}''s window {Iso(demand.Window.Start)}..{Iso(demand.Window.End)}.",
                $"谈话日期{Iso(record.Date)}不在约谈需求“{demandId}”的时限{Iso(demand.Window.Start)}..{Iso(demand.Window.End)}内。"));
        }

        if (((index.DemandMask[d] >> (int)record.Source) & 1) == 0)
        {
            findings.Add(Finding(
                record, RecordFindingKind.SourceMismatch, [demandId, record.Source.ToString(), demand.Source.ToString()],
                $"The record's source {record.Source} is not a source of demand '{demandId}' ({demand.Source}); check the source.",
                $"记录的约谈来源（{record.Source}）与约谈需求“{demandId}”的来源（{demand.Source}）不一致；请核对。"));
        }

        if (demand.RequiredLeaderId is { } required && !record.LeaderIds.Contains(required, StringComparer.Ordinal))
        {
            findings.Add(Finding(
                record, RecordFindingKind.RequiredLeaderAbsent, [demandId, required],
                $"Demand '{demandId}' requires talker '{required}', who is not among the record's talkers.",
                $"约谈需求“{demandId}”指定的谈话人“{required}”未出现在记录的谈话人中。"));
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

    private static RecordFinding Finding(TalkRecord record, RecordFindingKind kind, string[] ids, string message, string messageZh)
        => new(record.Id, kind, ids, message, messageZh);

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
        return byIds != 0 ? byIds : string.CompareOrdinal(a.Message, b.Message);
    }

    internal static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string StatusZh(PersonStatusKind kind) => kind switch
    {
        PersonStatusKind.Active => "在岗",
        PersonStatusKind.Seconded => "借调",
        PersonStatusKind.OnLeave => "休假",
        PersonStatusKind.PostVacant => "岗位空缺",
        PersonStatusKind.NewlyAppointed => "新任职",
        PersonStatusKind.Left => "离职",
        _ => kind.ToString(),
    };
}
