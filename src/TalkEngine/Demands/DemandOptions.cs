using System.Collections.Generic;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

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
