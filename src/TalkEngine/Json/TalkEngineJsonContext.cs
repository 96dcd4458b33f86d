using System.Text.Json;
using System.Text.Json.Serialization;
using TalkEngine.Balancing;
using TalkEngine.Coverage;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Calendar;

namespace TalkEngine;

/// <summary>
/// The source-generated JSON metadata of every result (trim- and AOT-safe), behind <see cref="TalkEngineJson.Options"/>:
/// camelCase, nulls omitted, enums as their codes, NodaTime values as ISO text, <see cref="Reason"/> as code and arguments.
/// A new result type is one <see cref="JsonSerializableAttribute"/> line here; a new public enum, one converter line.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(IsoLocalDateJsonConverter), typeof(IsoDateIntervalJsonConverter), typeof(IsoPeriodJsonConverter),
        typeof(IsoInstantJsonConverter), typeof(IsoLocalTimeJsonConverter), typeof(IsoLocalDateTimeJsonConverter), typeof(IsoZonedDateTimeJsonConverter),
        typeof(UnitKindJsonConverter), typeof(ReasonJsonConverter),
        typeof(CodeEnumConverter<AnnualBasis>), typeof(CodeEnumConverter<CalendarDayKind>),
        typeof(CodeEnumConverter<DemandSource>), typeof(CodeEnumConverter<IntegrityRiskLevel>), typeof(CodeEnumConverter<LeaderRole>),
        typeof(CodeEnumConverter<LoadCounting>), typeof(CodeEnumConverter<OutputLanguage>), typeof(CodeEnumConverter<OverlapHandling>),
        typeof(CodeEnumConverter<PersonStatusKind>), typeof(CodeEnumConverter<PetitionFinding>), typeof(CodeEnumConverter<PostRole>),
        typeof(CodeEnumConverter<RecordFindingKind>), typeof(CodeEnumConverter<RecordFindingSeverity>), typeof(CodeEnumConverter<ScoreSelection>),
        typeof(CodeEnumConverter<TalkMode>), typeof(CodeEnumConverter<TalkStyle>), typeof(CodeEnumConverter<UncoveredYearBehavior>),
        typeof(CodeEnumConverter<TalkEngine.Balancing.Solver.UnservedCause>), typeof(CodeEnumConverter<TalkEngine.Scheduling.UnplacedReason>),
        typeof(CodeEnumConverter<TalkEngine.Content.ContentItemKind>), typeof(CodeEnumConverter<TalkEngine.Content.SubjectRole>),
        typeof(CodeEnumConverter<TalkEngine.Content.OutlineQuestion>), typeof(CodeEnumConverter<CommitmentOutcome>),
    ])]
[JsonSerializable(typeof(DemandSet))]
[JsonSerializable(typeof(BalancingPlan))]
[JsonSerializable(typeof(CoverageReport))]
[JsonSerializable(typeof(RecordValidationResult))]
[JsonSerializable(typeof(YearSummary))]
[JsonSerializable(typeof(Reason))]
[JsonSerializable(typeof(YearPlan))]
[JsonSerializable(typeof(TalkEngine.Scheduling.DaySchedule))]
[JsonSerializable(typeof(TalkEngine.Content.TalkOutline))]
[JsonSerializable(typeof(TalkEngine.Scheduling.TalkSchedule))]
[JsonSerializable(typeof(TalkEngine.Scheduling.RescheduleResult))]
internal sealed partial class TalkEngineJsonContext : JsonSerializerContext
{
}
