using System;
using System.Collections.Generic;
using NodaTime;
using TalkEngine.Calendar;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>
/// The data demands are generated from: the roster, the plan period and the records of other work
/// (inspection rounds, the previous year's survey, petitions, drives, appointments, the holiday calendar).
/// Any of the source data may be left empty; that source then gives no demands. Immutable and thread-safe.
/// </summary>
public sealed record DemandRequest
{
    /// <summary>Creates a request for <paramref name="planPeriod"/>.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="planPeriod">The plan period, usually a calendar year (inclusive).</param>
    public DemandRequest(Roster roster, DateInterval planPeriod)
    {
        Roster = Guard.NotNull(roster);
        PlanPeriod = Guard.NotNull(planPeriod);
    }

    /// <summary>The roster.</summary>
    public Roster Roster { get; }

    /// <summary>The plan period (inclusive).</summary>
    public DateInterval PlanPeriod { get; }

    /// <summary>
    /// The date the annual round reads posts and statuses on when <see cref="AnnualPolicy.Basis"/> is
    /// <see cref="AnnualBasis.ReferenceDate"/>; <see langword="null"/> (the default) means the last day of the plan period.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>The inspection rounds (巡察) of the plan period.</summary>
    public IReadOnlyList<InspectionRound> InspectionRounds { get; init; } = Array.Empty<InspectionRound>();

    /// <summary>The previous year's satisfaction survey; <see langword="null"/> when none.</summary>
    public SatisfactionSurvey? Survey { get; init; }

    /// <summary>The petition cases (信访) concluded in the plan period.</summary>
    public IReadOnlyList<PetitionCase> Petitions { get; init; } = Array.Empty<PetitionCase>();

    /// <summary>The special governance drives (专项治理) of the plan period.</summary>
    public IReadOnlyList<GovernanceDrive> GovernanceDrives { get; init; } = Array.Empty<GovernanceDrive>();

    /// <summary>The appointments (任前谈话) taking effect in the plan period.</summary>
    public IReadOnlyList<Appointment> Appointments { get; init; } = Array.Empty<Appointment>();

    /// <summary>
    /// The working calendar for pre-holiday reminders; <see langword="null"/> uses the generator's own
    /// (from DI: the mainland-China calendar with the host's overrides; from <c>new DemandGenerator(options)</c>:
    /// <see cref="WorkingCalendar.MainlandChina"/>).
    /// </summary>
    public WorkingCalendar? Calendar { get; init; }

    /// <summary>The reference date in effect: <see cref="ReferenceDate"/> or the last day of the plan period.</summary>
    public LocalDate EffectiveReferenceDate => ReferenceDate ?? PlanPeriod.End;
}
