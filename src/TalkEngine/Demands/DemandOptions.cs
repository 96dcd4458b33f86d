using System;
using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>How a source that ranks people by score chooses whom to talk to.</summary>
public enum ScoreSelection
{
    /// <summary>Everyone concerned, whatever the score.</summary>
    All = 0,

    /// <summary>Those scoring strictly below the threshold.</summary>
    BelowThreshold = 1,

    /// <summary>The N lowest scores (ties broken by id, ordinal).</summary>
    LowestN = 2,
}

/// <summary>Which days the annual round reads posts and statuses on.</summary>
public enum AnnualBasis
{
    /// <summary>
    /// The heads holding a head post on the reference date (by default the last day of the plan period);
    /// a head is excluded when an excluded status covers that date.
    /// </summary>
    ReferenceDate = 0,

    /// <summary>
    /// Everyone holding a head post on any day of the plan period; a head is excluded when excluded
    /// statuses cover every day he or she holds the post in the period.
    /// </summary>
    PlanPeriod = 1,
}

/// <summary>What to do with a person's overlapping demands from different sources.</summary>
public enum OverlapHandling
{
    /// <summary>Report the overlap and keep one talk per demand (person-times count every source).</summary>
    KeepApart = 0,

    /// <summary>
    /// Merge them into one talk with every reason and all evidence, when the windows share a day and the
    /// required talkers agree; otherwise keep them apart and report the overlap.
    /// </summary>
    Merge = 1,
}

/// <summary>
/// The policies of every demand source, with documented defaults. Bind from configuration or set in code;
/// validated by <see cref="DemandGenerator"/> and, in DI, when the host starts.
/// </summary>
public sealed class DemandOptions
{
    /// <summary>
    /// The statuses that exclude a person from every source (annual, inspection, …). Default: seconded,
    /// post vacant, left. Each exclusion is reported with its reason.
    /// </summary>
    public IList<PersonStatusKind> ExcludedStatuses { get; set; } = new List<PersonStatusKind> { PersonStatusKind.Seconded, PersonStatusKind.PostVacant, PersonStatusKind.Left };

    /// <summary>The annual round.</summary>
    public AnnualPolicy Annual { get; set; } = new();

    /// <summary>Talks on the spot during inspection rounds.</summary>
    public InspectionPolicy Inspection { get; set; } = new();

    /// <summary>Talks after the previous year's satisfaction survey.</summary>
    public SurveyPolicy Survey { get; set; } = new();

    /// <summary>Pre-holiday reminders.</summary>
    public PreHolidayPolicy PreHoliday { get; set; } = new();

    /// <summary>Talks after petition investigations.</summary>
    public PetitionPolicy Petition { get; set; } = new();

    /// <summary>Talks of special governance drives.</summary>
    public GovernancePolicy Governance { get; set; } = new();

    /// <summary>Pre-appointment talks.</summary>
    public PreAppointmentPolicy PreAppointment { get; set; } = new();

    /// <summary>Regular talks with the heads of high-risk units.</summary>
    public RiskFrequencyPolicy RiskFrequency { get; set; } = new();

    /// <summary>How the mode of a talk is chosen.</summary>
    public ModePolicy Mode { get; set; } = new();

    /// <summary>What to do with overlapping demands. Default: keep apart (and report).</summary>
    public OverlapHandling Overlaps { get; set; } = OverlapHandling.KeepApart;
}

/// <summary>The annual round (年度约谈) with every party and administrative head of the unit kinds in scope.</summary>
public sealed class AnnualPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The codes of the unit kinds in scope. Default: HQ departments, engineering companies, subsidiaries and
    /// specialised companies (the account's 36 heads).
    /// </summary>
    public IList<string> UnitKinds { get; set; } = new List<string>
    {
        UnitKind.HqDepartment.Code, UnitKind.EngineeringCompany.Code, UnitKind.Subsidiary.Code, UnitKind.SpecializedCompany.Code,
    };

    /// <summary>Which days posts and statuses are read on. Default: the reference date.</summary>
    public AnnualBasis Basis { get; set; } = AnnualBasis.ReferenceDate;

    /// <summary>The style of an annual talk. Default: reminder (提醒式).</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Reminder;

    /// <summary>The style for a newly appointed head. Default: communication (沟通式), to learn the situation.</summary>
    public TalkStyle NewlyAppointedStyle { get; set; } = TalkStyle.Communication;
}

/// <summary>
/// Talks on the spot during inspection rounds (巡察), by the team leader, in the on-site window. Style
/// bands by democratic-evaluation score: below <see cref="AdmonitionBelow"/> admonition (告诫式), below
/// <see cref="WarningBelow"/> warning (警示式), otherwise (or without a score) reminder (提醒式).
/// </summary>
public sealed class InspectionPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whom to talk to among the heads of the inspected units. Default: those below the threshold.</summary>
    public ScoreSelection Selection { get; set; } = ScoreSelection.BelowThreshold;

    /// <summary>The threshold for <see cref="ScoreSelection.BelowThreshold"/>. Default: 85.</summary>
    public decimal Threshold { get; set; } = 85m;

    /// <summary>N for <see cref="ScoreSelection.LowestN"/>, per round. Default: 3.</summary>
    public int LowestCount { get; set; } = 3;

    /// <summary>Scores below this get a warning talk. Default: 80.</summary>
    public decimal WarningBelow { get; set; } = 80m;

    /// <summary>Scores below this get an admonition talk. Default: 70.</summary>
    public decimal AdmonitionBelow { get; set; } = 70m;
}

/// <summary>
/// Talks by the discipline secretary (纪委书记) with the heads of units that scored low in the previous
/// year's integrity-inspection satisfaction survey, within the plan period. Style: warning (警示式), or
/// admonition (告诫式) below <see cref="AdmonitionBelow"/>.
/// </summary>
public sealed class SurveyPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Which units' heads are talked to. Default: units below the threshold.</summary>
    public ScoreSelection Selection { get; set; } = ScoreSelection.BelowThreshold;

    /// <summary>The threshold for <see cref="ScoreSelection.BelowThreshold"/>. Default: 90.</summary>
    public decimal Threshold { get; set; } = 90m;

    /// <summary>N (units) for <see cref="ScoreSelection.LowestN"/>. Default: 4.</summary>
    public int LowestCount { get; set; } = 4;

    /// <summary>Scores below this get an admonition talk instead of a warning. Default: 60.</summary>
    public decimal AdmonitionBelow { get; set; } = 60m;
}

/// <summary>
/// Reminder talks (提醒式) before each holiday period with the heads of high-risk units and the holders of
/// sensitive posts, within <see cref="WorkingDaysBefore"/> working days before the first day off. A holiday
/// counts when its whole reminder window lies in the plan period.
/// </summary>
public sealed class PreHolidayPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many working days before the first day off the window opens. Default: 5.</summary>
    public int WorkingDaysBefore { get; set; } = 5;

    /// <summary>The lowest risk level whose heads are reminded. Default: high.</summary>
    public IntegrityRiskLevel MinimumRisk { get; set; } = IntegrityRiskLevel.High;

    /// <summary>Whether holders of sensitive posts are reminded too. Default: true.</summary>
    public bool IncludeSensitivePosts { get; set; } = true;

    /// <summary>
    /// The holidays to remind before, by key (the English name in lower case with hyphens, such as
    /// <c>spring-festival</c>) or by Chinese name (春节); empty (the default) means every holiday.
    /// </summary>
    public IList<string> HolidayKeys { get; set; } = new List<string>();
}

/// <summary>
/// Talks after a petition investigation (信访调查): admonition (告诫式) when problems were found, warning
/// (警示式) otherwise, within <see cref="WindowDays"/> days from the conclusion.
/// </summary>
public sealed class PetitionPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of the talk window in days, from the day the investigation concluded. Default: 30.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>The role of the required talker; <see langword="null"/> for anyone. Default: discipline secretary.</summary>
    public LeaderRole? RequiredRole { get; set; } = LeaderRole.DisciplineSecretary;
}

/// <summary>Talks with everyone in the scope of a special governance drive (专项治理), in the drive's window.</summary>
public sealed class GovernancePolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The style. Default: warning (警示式): a drive targets a named problem, with its cases.</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Warning;
}

/// <summary>
/// Pre-appointment talks (任前谈话) in the <see cref="DaysBefore"/> days before the appointment takes effect,
/// by the discipline secretary by default.
/// </summary>
public sealed class PreAppointmentPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The window length in days, ending the day before the effective date. Default: 14.</summary>
    public int DaysBefore { get; set; } = 14;

    /// <summary>The style. Default: reminder (提醒式): expectations and integrity before taking up the post.</summary>
    public TalkStyle Style { get; set; } = TalkStyle.Reminder;

    /// <summary>The role of the required talker; <see langword="null"/> for anyone. Default: discipline secretary.</summary>
    public LeaderRole? RequiredRole { get; set; } = LeaderRole.DisciplineSecretary;
}

/// <summary>
/// Regular reminder talks with the heads of high-risk units: the plan period is cut into slices of
/// <see cref="EveryMonths"/> months from its first day (the last may be shorter), one talk per head per slice.
/// </summary>
public sealed class RiskFrequencyPolicy
{
    /// <summary>Whether the source is active. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The length of a slice in months. Default: 3 (quarterly).</summary>
    public int EveryMonths { get; set; } = 3;

    /// <summary>The lowest risk level in scope. Default: high.</summary>
    public IntegrityRiskLevel MinimumRisk { get; set; } = IntegrityRiskLevel.High;
}

/// <summary>
/// How the mode of a talk is chosen: the default mode, video for the unit kinds listed (distant project
/// companies, say), and in person whatever the rest says for the styles listed (an admonition is in person).
/// </summary>
public sealed class ModePolicy
{
    /// <summary>The mode when no rule applies. Default: in person.</summary>
    public TalkMode Default { get; set; } = TalkMode.InPerson;

    /// <summary>The codes of unit kinds whose heads are talked to by video. Default: none.</summary>
    public IList<string> VideoUnitKinds { get; set; } = new List<string>();

    /// <summary>The styles that are always in person. Default: admonition and warning.</summary>
    public IList<TalkStyle> InPersonStyles { get; set; } = new List<TalkStyle> { TalkStyle.Admonition, TalkStyle.Warning };
}
