using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Records;
using TalkEngine.Scheduling;

namespace TalkEngine.Planning;

// The JSON shape of a plan document (format version 1), as plain objects that the source generator reads and writes.
// Objects whose domain type has one constructor matching its properties (a post, a leader, an inspection round…) are the
// domain types themselves; the others (units and people have two constructors; records, the schedule and the
// scheduling input are built through constructors with other shapes) are mirrored here and mapped by PlanDocumentJson.
// Property order is the JSON's order; collections are written in the domain's deterministic order.

internal sealed class DocumentDto
{
    public int FormatVersion { get; set; }

    public PlanState? State { get; set; }

    public InputDto? Input { get; set; }

    public List<AssignmentDto>? Assignments { get; set; }

    public SchedulingInputDto? Scheduling { get; set; }

    public ScheduleDto? Schedule { get; set; }

    public PlanMilestones? Milestones { get; set; }

    public List<string>? Consulted { get; set; }

    public List<PlanComment>? Comments { get; set; }

    public List<PlanStateChange>? History { get; set; }

    public List<PlanRevision>? Revisions { get; set; }

    public List<RecordDto>? Records { get; set; }
}

internal sealed class InputDto
{
    public DateInterval? Period { get; set; }

    public LocalDate? ReferenceDate { get; set; }

    public RosterDto? Roster { get; set; }

    public List<InspectionRound>? InspectionRounds { get; set; }

    public SatisfactionSurvey? Survey { get; set; }

    public List<PetitionCase>? Petitions { get; set; }

    public List<GovernanceDrive>? GovernanceDrives { get; set; }

    public List<Appointment>? Appointments { get; set; }

    public BalancingInputDto? Balancing { get; set; }
}

internal sealed class RosterDto
{
    public List<UnitDto>? Units { get; set; }

    public List<PersonDto>? People { get; set; }

    public List<Post>? Posts { get; set; }

    public List<Leader>? Leaders { get; set; }
}

internal sealed class UnitDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public UnitKind? Kind { get; set; }

    public string? ParentId { get; set; }

    public IntegrityRiskLevel? RiskLevel { get; set; }

    public List<string>? SensitivePosts { get; set; }
}

internal sealed class PersonDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<PersonStatus>? Statuses { get; set; }
}

internal sealed class BalancingInputDto
{
    public Dictionary<string, LeaderSettings>? Leaders { get; set; }

    public List<RecusalPair>? Recusals { get; set; }

    public Dictionary<string, string>? PreviousAssignment { get; set; }
}

internal sealed class AssignmentDto
{
    public string? DemandId { get; set; }

    public string? LeaderId { get; set; }
}

internal sealed class SchedulingInputDto
{
    public List<SchedulingPartyDto>? Leaders { get; set; }

    public List<SchedulingPartyDto>? Subjects { get; set; }

    public List<string>? Rooms { get; set; }
}

internal sealed class SchedulingPartyDto
{
    public string? Id { get; set; }

    public int? DailyCap { get; set; }

    public int? WeeklyCap { get; set; }

    public List<LocalDate>? BusyDays { get; set; }

    public List<BusyPeriod>? BusyPeriods { get; set; }
}

internal sealed class ScheduleDto
{
    public int UpperBound { get; set; }

    public bool ProvenMaximum { get; set; }

    public List<ScheduledDay>? Days { get; set; }

    public List<UnplacedDto>? UnplacedDays { get; set; }

    public List<LeaderDayLoad>? LeaderDays { get; set; }

    public List<LeaderWeekLoad>? LeaderWeeks { get; set; }

    public List<TimedTalk>? Talks { get; set; }

    public List<UnplacedDto>? Unplaced { get; set; }
}

internal sealed class UnplacedDto
{
    public string? TalkId { get; set; }

    public string? LeaderId { get; set; }

    public string? SubjectId { get; set; }

    public UnplacedReason? Reason { get; set; }

    public List<LocalDate>? Days { get; set; }
}

internal sealed class RecordDto
{
    public string? Id { get; set; }

    public LocalDate? Date { get; set; }

    public string? SubjectId { get; set; }

    public List<string>? LeaderIds { get; set; }

    public DemandSource? Source { get; set; }

    public TalkStyle? Style { get; set; }

    public TalkMode? Mode { get; set; }

    public string? DemandId { get; set; }

    public string? RecorderId { get; set; }

    public string? UnitId { get; set; }

    public List<string>? Topics { get; set; }

    public List<string>? ProblemsFound { get; set; }

    public List<Commitment>? Commitments { get; set; }

    public List<GoodPractice>? GoodPractices { get; set; }

    public List<CommitmentReview>? Reviews { get; set; }
}

/// <summary>The source-generated metadata of the plan document's JSON (trim- and AOT-safe); see <see cref="PlanDocumentJson"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(IsoLocalDateJsonConverter), typeof(IsoDateIntervalJsonConverter), typeof(IsoLocalDateTimeJsonConverter), typeof(IsoZonedDateTimeJsonConverter),
        typeof(UnitKindJsonConverter),
        typeof(CodeEnumConverter<PlanState>), typeof(CodeEnumConverter<PlanChangeKind>),
        typeof(CodeEnumConverter<DemandSource>), typeof(CodeEnumConverter<IntegrityRiskLevel>), typeof(CodeEnumConverter<LeaderRole>),
        typeof(CodeEnumConverter<PersonStatusKind>), typeof(CodeEnumConverter<PetitionFinding>), typeof(CodeEnumConverter<PostRole>),
        typeof(CodeEnumConverter<TalkMode>), typeof(CodeEnumConverter<TalkStyle>), typeof(CodeEnumConverter<UnplacedReason>),
        typeof(CodeEnumConverter<CommitmentOutcome>),
    ])]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class PlanDocumentJsonContext : JsonSerializerContext
{
}
